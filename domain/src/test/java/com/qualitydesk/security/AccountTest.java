package com.qualitydesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final Account account = new Account("wang", "王芳", "hash", EnumSet.of(Department.SALES));

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        }
        assertFalse(account.isLockedAt(NOW));
        account.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLockedAt(NOW.plus(FIFTEEN_MINUTES)));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        }
        account.loginSucceeded();
        account.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        assertFalse(account.isLockedAt(NOW));
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    void theThresholdIsTheParameterNotAFixedFive() {
        account.loginFailed(NOW, 2, FIFTEEN_MINUTES);
        assertFalse(account.isLockedAt(NOW));
        account.loginFailed(NOW, 2, FIFTEEN_MINUTES);
        assertTrue(account.isLockedAt(NOW));
    }

    @Test
    void changingThePasswordLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            account.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        }
        account.changePassword("new-hash");
        assertFalse(account.isLockedAt(NOW));
    }

    @Test
    void theDepartmentsHeldAreACopyTheCallerCannotChangeBehindTheAccountsBack() {
        account.getDepartments().add(Department.ADMIN);
        assertEquals(EnumSet.of(Department.SALES), account.getDepartments());
    }
}
