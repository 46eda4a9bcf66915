package com.qualitydesk.intake;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key the company website sends with each feedback it forwards (CC-02). Only the SHA-256 hash
 * of the key is kept: the administrator sees the key once, when it is generated, and a stolen
 * database does not reveal it. A revoked key stays as the record of who used which key when.
 */
@Entity
@Table(name = "intake_key")
public class IntakeKey extends EditableEntity {

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    /** The first characters of the key, so the administrator can tell keys apart. */
    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    public IntakeKey() {}

    public IntakeKey(String keyHash, String keyPrefix, String label, Instant createdAt, String createdBy) {
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("label", label);
        m.put("keyPrefix", keyPrefix);
        m.put("revokedAt", revokedAt);
        m.put("revokedBy", revokedBy);
        return m;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
