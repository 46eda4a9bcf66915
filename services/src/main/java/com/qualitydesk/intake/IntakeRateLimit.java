package com.qualitydesk.intake;

import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * CC-02: the public intake accepts at most CC02_INTAKE_PER_HOUR submissions per network address in
 * any sliding hour. Kept in memory: the limit protects the inboxes against a flood, so forgetting
 * the counts at a restart costs nothing, and the intake does not write to the database for refused
 * callers.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class IntakeRateLimit {

    /** Addresses remembered at most; beyond, the least recently seen are forgotten. */
    static final int MAX_ADDRESSES = 50_000;

    private final HourlyAllowance allowance = new HourlyAllowance(MAX_ADDRESSES);

    @Inject
    ProcedureSettings settings;

    @Inject
    Clock clock;

    /** Counts a submission from the address, or answers false when its hour is used up. */
    public boolean admit(String address) {
        return allowance.admit(address, clock.instant(), settings.value(ProcedureParameter.CC02_INTAKE_PER_HOUR));
    }

    /** When the address may submit again, or null when it may now. */
    public Instant nextAllowed(String address) {
        return allowance.nextAllowed(address, clock.instant(), settings.value(ProcedureParameter.CC02_INTAKE_PER_HOUR));
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetOldAddresses() {
        allowance.forgetOlderThanAnHour(clock.instant());
    }
}
