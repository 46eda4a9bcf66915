package com.qualitydesk.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a reply link (CS-04): 256 random bits, so nobody guesses another customer's link.
 * Only its SHA-256 hash is kept, so a copy of the database opens no questionnaire.
 */
public record InvitationToken(String value, String hash, Instant expiresAt) {

    static final int RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static InvitationToken issue(Instant expiresAt) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new InvitationToken(value, hashOf(value), expiresAt);
    }

    /** The hash under which a presented token is looked up. */
    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A presented token only counts before its expiry. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The token is a secret: never in a log line. */
    @Override
    public String toString() {
        return "InvitationToken[expiresAt=" + expiresAt + "]";
    }
}
