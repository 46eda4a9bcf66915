package com.qualitydesk.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This running server: a name no other instance, before or after, ever has, the moment its JVM
 * started, and the batch job executions it runs now. What another instance (or this one after a
 * restart) finds running in the job repository without this server's heartbeat died with its server.
 */
@ApplicationScoped
public class ServerInstance {

    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final Instant startedAt =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** Once the batch runtime has created its tables they stay, so nobody asks again. */
    private volatile boolean repositorySeen;

    public String name() {
        return name;
    }

    /** When this server's JVM started: whatever it finds half-done from before, it did not do. */
    public Instant startedAt() {
        return startedAt;
    }

    void runs(long execution) {
        running.add(execution);
    }

    void ended(long execution) {
        running.remove(execution);
    }

    boolean isRunning(long execution) {
        return running.contains(execution);
    }

    boolean repositorySeen() {
        return repositorySeen;
    }

    void repositoryFound() {
        repositorySeen = true;
    }

    Set<Long> running() {
        return Set.copyOf(running);
    }
}
