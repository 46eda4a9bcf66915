package com.qualitydesk.intake;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys of the website's own feedback form (CC-02): the administrator generates one, gives it
 * to whoever runs the website, and revokes it when it leaks or the website changes hands.
 */
@Stateless
public class IntakeKeys {

    static final String PREFIX = "qdk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A new key; only its hash is stored, the key itself is shown once. */
    @RolesAllowed(Role.ADMIN)
    public GeneratedKey generate(String label) {
        if (label == null || label.isBlank()) {
            throw new RuleViolation("intakeKey.label.required");
        }
        if (label.strip().length() > 100) {
            throw new RuleViolation("intakeKey.label.tooLong");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var record = new IntakeKey(
                hash(key), key.substring(0, PREFIX.length() + 4), label.strip(), clock.instant(), user.name());
        records.create(record);
        return new GeneratedKey(key, record);
    }

    @RolesAllowed(Role.ADMIN)
    public List<IntakeKey> all() {
        return em.createQuery("select k from IntakeKey k order by k.createdAt desc, k.id desc", IntakeKey.class)
                .getResultList();
    }

    /** From now on the key is refused; the record stays. */
    @RolesAllowed(Role.ADMIN)
    public IntakeKey revoke(long id) {
        IntakeKey key = em.find(IntakeKey.class, id);
        if (key == null) {
            throw new RuleViolation("intakeKey.unknown");
        }
        if (key.isActive()) {
            var before = key.auditSnapshot();
            key.revoke(clock.instant(), user.name());
            audit.changed(key, before);
        }
        return key;
    }

    /** Whether the key a caller presented is a key in force. Anyone may ask: it is the login. */
    @PermitAll
    public boolean accepts(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return false;
        }
        var found = em.createQuery("select k from IntakeKey k where k.keyHash = :hash", IntakeKey.class)
                .setParameter("hash", hash(presented.strip()))
                .getResultStream()
                .filter(IntakeKey::isActive)
                .findFirst();
        found.ifPresent(k -> k.used(clock.instant()));
        return found.isPresent();
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
