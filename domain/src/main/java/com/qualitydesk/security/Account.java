package com.qualitydesk.security;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A person who logs in. Accounts are deactivated, never deleted, so their history stays readable. */
@Entity
@Table(name = "account")
public class Account extends EditableEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @NotBlank(message = "{account.fullName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Email(message = "{account.email.invalid}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_department", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "department", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Department> departments = EnumSet.noneOf(Department.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(length = 16)
    private String language = "en";

    /** Escalations of the departments this person belongs to reach them first (CF-05). */
    @Column(name = "department_head", nullable = false)
    private boolean departmentHead;

    protected Account() {}

    public Account(String username, String fullName, String passwordHash, Set<Department> departments) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        setDepartments(departments);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login; the threshold-th failure in a row locks the account for the given
     * time (both are procedure parameters).
     */
    public void loginFailed(Instant now, int threshold, Duration lockTime) {
        failedLogins++;
        if (failedLogins >= threshold) {
            lockedUntil = now.plus(lockTime);
            failedLogins = 0;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        loginSucceeded();
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Department> getDepartments() {
        return departments.isEmpty() ? EnumSet.noneOf(Department.class) : EnumSet.copyOf(departments);
    }

    public void setDepartments(Set<Department> departments) {
        this.departments = departments.isEmpty() ? EnumSet.noneOf(Department.class) : EnumSet.copyOf(departments);
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isDepartmentHead() {
        return departmentHead;
    }

    public void setDepartmentHead(boolean departmentHead) {
        this.departmentHead = departmentHead;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("departments", new TreeSet<>(departments.stream().map(Enum::name).toList()));
        m.put("active", active);
        m.put("language", language);
        m.put("departmentHead", departmentHead);
        return m;
    }
}
