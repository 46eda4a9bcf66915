package com.qualitydesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Map;

/**
 * A record that people edit: optimistic locking, so that the second of two people saving the same
 * record is told instead of silently overwriting, and an audit snapshot of the fields people see.
 */
@MappedSuperclass
public abstract class EditableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Lets a screen send back the version it showed, so a stale save is detected. */
    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The fields the audit trail compares, by name, as the user would read them. */
    public abstract Map<String, Object> auditSnapshot();

    /** The record's type as the audit trail names it. */
    public String auditType() {
        return getClass().getSimpleName();
    }
}
