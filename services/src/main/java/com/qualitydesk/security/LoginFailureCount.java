package com.qualitydesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The refused logins (wrong password, unknown name, locked account) of this instance since it
 * started, for the /metrics page: a counter, which a monitoring system sums over the instances.
 */
@ApplicationScoped
public class LoginFailureCount {

    private final AtomicLong failures = new AtomicLong();

    public void add() {
        failures.incrementAndGet();
    }

    public long total() {
        return failures.get();
    }
}
