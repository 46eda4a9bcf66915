package com.qualitydesk.security;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a password and keeps count of failures: after LOGIN_LOCK_AFTER_FAILURES wrong passwords in
 * a row the account is locked for LOGIN_LOCK_MINUTES. Each attempt commits on its own, so a failure
 * is counted even though the login itself fails.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    public enum Outcome {
        ACCEPTED,
        REJECTED,
        LOCKED,
        INACTIVE
    }

    /** The outcome; the departments and the full name of an accepted account, the end of a lock. */
    public record Result(Outcome outcome, Set<Department> departments, Instant lockedUntil, String fullName) {

        static Result accepted(Account account) {
            return new Result(Outcome.ACCEPTED, account.getDepartments(), null, account.getFullName());
        }

        static Result locked(Account account) {
            return new Result(Outcome.LOCKED, Set.of(), account.getLockedUntil(), null);
        }

        static Result refused(Outcome outcome) {
            return new Result(outcome, Set.of(), null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    ProcedureSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    LoginFailureCount failures;

    /**
     * A correct password is checked without locking the account's row: every call of the REST API
     * logs in, and a lock held across the deliberately slow hash would queue all requests of one
     * person behind each other. The row is locked only to write: to count a failure (so that
     * concurrent wrong guesses all count) or to clear failures counted before.
     */
    public Result attempt(String username, char[] password) {
        Result result = judge(username, password);
        if (result.outcome() != Outcome.ACCEPTED) {
            failures.add();
        }
        return result;
    }

    private Result judge(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = account(username, LockModeType.NONE);
        if (found.isEmpty()) {
            return Result.refused(Outcome.REJECTED);
        }
        Account account = found.get();
        if (!account.isActive()) {
            return Result.refused(Outcome.INACTIVE);
        }
        if (account.isLockedAt(now)) {
            return Result.locked(account);
        }
        boolean correct = hash.verify(password, account.getPasswordHash());
        if (correct && account.getFailedLogins() == 0 && account.getLockedUntil() == null) {
            return Result.accepted(account);
        }
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            return Result.locked(account);
        }
        if (correct) {
            account.loginSucceeded();
            return Result.accepted(account);
        }
        account.loginFailed(
                now,
                settings.value(ProcedureParameter.LOGIN_LOCK_AFTER_FAILURES),
                Duration.ofMinutes(settings.value(ProcedureParameter.LOGIN_LOCK_MINUTES)));
        if (account.isLockedAt(now)) {
            audit.event(account, "LOCKED", account.getLockedUntil().toString());
            return Result.locked(account);
        }
        return Result.refused(Outcome.REJECTED);
    }

    private Optional<Account> account(String username, LockModeType lock) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** When the account is locked, until when; empty otherwise. Lets the login page say why. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .filter(a -> a.isLockedAt(now))
                .map(Account::getLockedUntil)
                .findFirst();
    }
}
