package com.qualitydesk.survey;

import java.security.SecureRandom;

/**
 * The short code printed on a paper questionnaire (CS-04), by which SALES finds the invitation when
 * the reply comes back by fax, mail or visit. No 0/O, 1/I/L: people read it off a fax.
 */
public final class ReplyCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReplyCode() {}

    public static String issue() {
        var code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, as stored: upper case, with the dash, without blanks. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.replaceAll("[\\s-]", "").toUpperCase();
        return plain.length() == LENGTH ? plain.substring(0, 4) + "-" + plain.substring(4) : plain;
    }
}
