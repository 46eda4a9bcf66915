package com.qualitydesk.web.shared;

import jakarta.faces.context.ExternalContext;
import java.time.Duration;

/**
 * The answer to an address that used up its hour at a public entrance (CC-02, CS-04): status 429
 * and how many seconds to wait in Retry-After, the same for the pages and the REST intake.
 */
public final class TooManyRequests {

    public static final int STATUS = 429;

    private TooManyRequests() {}

    /** Whole seconds, rounded up, at least one. */
    public static long seconds(Duration wait) {
        long s = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, s);
    }

    /** Whole minutes, rounded up, at least one: what the page tells a person. */
    public static long minutes(Duration wait) {
        return Math.max(1, (seconds(wait) + 59) / 60);
    }

    /** Sets the status and Retry-After of the page being rendered. */
    public static void answer(ExternalContext external, Duration wait) {
        external.setResponseStatus(STATUS);
        external.setResponseHeader("Retry-After", Long.toString(seconds(wait)));
    }
}
