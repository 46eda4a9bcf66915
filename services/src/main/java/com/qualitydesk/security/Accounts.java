package com.qualitydesk.security;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/** The people who log in: created, given departments, reset and deactivated by ADMIN (never deleted). */
@Stateless
public class Accounts {

    /** Readable and long enough: no 0/O, 1/l/I to misread when it is passed on by phone. */
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int MIN_PASSWORD_LENGTH = 8;

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{2,64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.ADMIN)
    public Page<Account> page(PageRequest request) {
        return FilteredQuery.of(em, Account.class).defaultSort("username").page(request);
    }

    @RolesAllowed(Role.ADMIN)
    public Optional<Account> find(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }

    @RolesAllowed(Role.ADMIN)
    public Account create(
            @NotNull String username,
            @NotNull String fullName,
            String email,
            @NotNull Set<Department> departments,
            @NotNull char[] password) {
        String name = username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("account.username.invalid");
        }
        if (findByUsername(name).isPresent()) {
            throw new RuleViolation("account.username.taken", name);
        }
        checkDepartments(departments);
        checkStrength(password);
        var account = new Account(name, fullName.trim(), hash.generate(password), departments);
        account.setEmail(blankToNull(email));
        return records.create(account);
    }

    /**
     * Stores the edited, detached copy (full name, e-mail, departments) if nobody changed the
     * account since it was read. An administrator keeps ADMIN on their own account, so that the
     * platform never loses its last administrator by mistake.
     */
    @RolesAllowed(Role.ADMIN)
    public Account update(@NotNull Account edited) {
        if (edited.getId() == null) {
            throw new RuleViolation("account.unknown");
        }
        Account stored = require(edited.getId());
        Set<Department> departments = edited.getDepartments();
        checkDepartments(departments);
        if (isCaller(stored)
                && stored.getDepartments().contains(Department.ADMIN)
                && !departments.contains(Department.ADMIN)) {
            throw new RuleViolation("account.admin.self");
        }
        boolean departmentsChanged = !stored.getDepartments().equals(departments);
        edited.setFullName(
                edited.getFullName() == null ? null : edited.getFullName().trim());
        edited.setEmail(blankToNull(edited.getEmail()));
        Account merged = records.update(edited);
        if (departmentsChanged) {
            // a change of the department list alone is a change of the account: the next stale save must fail
            em.lock(merged, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
        return merged;
    }

    /** Sets a new generated password, to be handed to the person once; also lifts a lock. */
    @RolesAllowed(Role.ADMIN)
    public String resetPassword(long accountId) {
        Account account = require(accountId);
        String password = generatePassword();
        account.changePassword(hash.generate(password.toCharArray()));
        audit.event(account, "PASSWORD_RESET", null);
        return password;
    }

    @RolesAllowed(Role.ADMIN)
    public void deactivate(long accountId) {
        Account account = require(accountId);
        if (isCaller(account)) {
            throw new RuleViolation("account.deactivate.self");
        }
        var before = account.auditSnapshot();
        account.deactivate();
        audit.changed(account, before);
    }

    @RolesAllowed(Role.ADMIN)
    public void activate(long accountId) {
        Account account = require(accountId);
        var before = account.auditSnapshot();
        account.activate();
        audit.changed(account, before);
    }

    /** Any logged-in person changes their own password, knowing the current one. */
    @PermitAll
    public void changeOwnPassword(@NotNull char[] current, @NotNull char[] replacement) {
        Account account = caller();
        if (!hash.verify(current, account.getPasswordHash())) {
            throw new RuleViolation("account.password.wrongCurrent");
        }
        checkStrength(replacement);
        account.changePassword(hash.generate(replacement));
        audit.event(account, "PASSWORD_CHANGED", null);
    }

    /** The language the person chose in the header sticks to the account. */
    @PermitAll
    public void chooseLanguage(@NotNull @Pattern(regexp = "en|zh_CN") String language) {
        Account account = caller();
        var before = account.auditSnapshot();
        account.setLanguage(language);
        audit.changed(account, before);
    }

    @PermitAll
    public Optional<Account> current() {
        var principal = session.getCallerPrincipal();
        return principal == null ? Optional.empty() : findByUsername(principal.getName());
    }

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    public static String generatePassword() {
        var sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A person without a department could open no page at all. */
    private static void checkDepartments(Set<Department> departments) {
        if (departments.isEmpty()) {
            throw new RuleViolation("account.departments.required");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Account require(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new RuleViolation("account.unknown");
        }
        return account;
    }

    private boolean isCaller(Account account) {
        var principal = session.getCallerPrincipal();
        return principal != null && account.getUsername().equals(principal.getName());
    }

    private static void checkStrength(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("account.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private Account caller() {
        return findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new RuleViolation("account.unknown"));
    }
}
