package com.qualitydesk.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The heartbeats of the running job executions (table job_heartbeat) and, where the batch runtime
 * offers no operation for it, its job repository: an execution whose server died stays "started"
 * there for good, so it is marked failed here, as the runtime would have had its server lived.
 * Payara's repository tables (default prefix "jbatch") live in the application's database; their
 * names are unquoted, so the same SQL runs on H2 and PostgreSQL.
 */
@Stateless
@PermitAll
public class JobHeartbeats {

    /** Set as the exit status of an execution that died with its server. */
    public static final String INTERRUPTED = "INTERRUPTED";

    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerInstance server;

    /** This server begins an execution: it beats for it from now on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void begun(long execution, Instant now) {
        server.runs(execution);
        em.createNativeQuery("DELETE FROM job_heartbeat WHERE execution_id = ?")
                .setParameter(1, execution)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO job_heartbeat (execution_id, instance, beat_at) VALUES (?, ?, ?)")
                .setParameter(1, execution)
                .setParameter(2, server.name())
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneId.systemDefault()))
                .executeUpdate();
    }

    /** The execution ended here, however it ended. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(long execution) {
        server.ended(execution);
        em.createNativeQuery("DELETE FROM job_heartbeat WHERE execution_id = ?")
                .setParameter(1, execution)
                .executeUpdate();
    }

    /** This server is alive for every execution it runs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void beat(Instant now) {
        for (long execution : server.running()) {
            em.createNativeQuery("UPDATE job_heartbeat SET beat_at = ? WHERE execution_id = ?")
                    .setParameter(1, OffsetDateTime.ofInstant(now, ZoneId.systemDefault()))
                    .setParameter(2, execution)
                    .executeUpdate();
        }
    }

    /**
     * The top-level executions the repository calls running (flows of a split run as sub-jobs
     * named ":job instance:split:flow" and go with their job), with their last heartbeat.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RunningExecution> running() {
        if (!repositoryExists()) {
            return List.of(); // on H2 the runtime creates its tables at the first job
        }
        var result = new ArrayList<RunningExecution>();
        for (Object row : em.createNativeQuery("SELECT e.jobexecid, e.jobinstanceid, i.name, e.createtime, h.beat_at"
                        + " FROM jbatchEXECUTIONINSTANCEDATA e"
                        + " JOIN jbatchJOBINSTANCEDATA i ON i.jobinstanceid = e.jobinstanceid"
                        + " LEFT JOIN job_heartbeat h ON h.execution_id = e.jobexecid"
                        + " WHERE e.batchstatus IN " + RUNNING + " AND i.name NOT LIKE ':%'"
                        + " ORDER BY e.jobexecid")
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new RunningExecution(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    instant(r[3]),
                    instant(r[4])));
        }
        return result;
    }

    /**
     * Marks an execution that died with its server failed, with the flows of its split and its
     * steps, as of the given moment; false if it is no longer running (another instance, or its
     * own server after all, got there first).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean markInterrupted(RunningExecution run, Instant now) {
        Timestamp at = Timestamp.from(now);
        int marked = em.createNativeQuery("UPDATE jbatchEXECUTIONINSTANCEDATA SET batchstatus = 'FAILED',"
                        + " exitstatus = ?, endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN "
                        + RUNNING)
                .setParameter(1, INTERRUPTED)
                .setParameter(2, at)
                .setParameter(3, at)
                .setParameter(4, run.execution())
                .executeUpdate();
        if (marked == 0) {
            return false;
        }
        var executions = new ArrayList<Long>();
        executions.add(run.execution());
        // the flows of a split run as sub-jobs named ":<job instance>:<split>:<flow>"
        for (Object sub : em.createNativeQuery("SELECT e.jobexecid FROM jbatchEXECUTIONINSTANCEDATA e"
                        + " JOIN jbatchJOBINSTANCEDATA i ON i.jobinstanceid = e.jobinstanceid"
                        + " WHERE i.name LIKE ? AND e.batchstatus IN " + RUNNING)
                .setParameter(1, ":" + run.jobInstance() + ":%")
                .getResultList()) {
            executions.add(((Number) sub).longValue());
        }
        for (long execution : executions) {
            em.createNativeQuery("UPDATE jbatchEXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = ?,"
                            + " endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN " + RUNNING)
                    .setParameter(1, INTERRUPTED)
                    .setParameter(2, at)
                    .setParameter(3, at)
                    .setParameter(4, execution)
                    .executeUpdate();
            em.createNativeQuery("UPDATE jbatchSTEPEXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = ?,"
                            + " endtime = ? WHERE jobexecid = ? AND batchstatus IN " + RUNNING)
                    .setParameter(1, INTERRUPTED)
                    .setParameter(2, at)
                    .setParameter(3, execution)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM job_heartbeat WHERE execution_id = ?")
                .setParameter(1, run.execution())
                .executeUpdate();
        return true;
    }

    /** How often executions of this job instance died with their server. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long interruptions(long jobInstance) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM jbatchEXECUTIONINSTANCEDATA"
                                + " WHERE jobinstanceid = ? AND exitstatus = ?")
                        .setParameter(1, jobInstance)
                        .setParameter(2, INTERRUPTED)
                        .getSingleResult())
                .longValue();
    }

    /** The catalogue is read every 5 s only until the runtime has created its tables. */
    private boolean repositoryExists() {
        if (server.repositorySeen()) {
            return true;
        }
        boolean exists = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables"
                                        + " WHERE UPPER(table_name) = 'JBATCHEXECUTIONINSTANCEDATA'")
                                .getSingleResult())
                        .longValue()
                > 0;
        if (exists) {
            server.repositoryFound();
        }
        return exists;
    }

    /** A timestamp as the drivers return it: H2 and PostgreSQL differ for the zoned kind. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant(); // java.sql.Timestamp among them
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("not a moment: " + value.getClass().getSimpleName());
    }
}
