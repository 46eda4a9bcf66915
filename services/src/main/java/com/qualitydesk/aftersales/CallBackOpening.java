package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.DeliveriesRecorded;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.task.DueState;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * AS-05: every delivered batch gets its call-back and SALES's CALL_BACK inbox step, in the
 * transaction that stored the delivery (screen, file import or the ERP's push). An import of
 * 20,000 deliveries must not cost 60,000 round trips, so the rows are written set-based: the
 * deliveries are grouped by ship date (one due date per group), and each group of up to
 * {@value #CHUNK} deliveries costs one INSERT … SELECT for the call-backs, one for the tasks and
 * one for the audit entries. A delivery that has a call-back already gets no second one (the
 * column is unique as well).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CallBackOpening {

    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(CallBackOpening.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** Called in the storing transaction for the deliveries it created. */
    public void deliveriesRecorded(@Observes DeliveriesRecorded recorded) {
        open(recorded.shipDates());
    }

    /** Opens the call-backs of these deliveries (id → ship date); returns how many were opened. */
    public int open(Map<Long, LocalDate> shipDates) {
        if (shipDates.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        em.flush();
        var deadlines = new CallBackDeadlines(calendars.current(), settings::value);
        int warningShare = settings.value(ProcedureParameter.TASK_WARNING_SHARE);
        // to the millisecond, so that the audit's insert finds the rows by it on every database
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String by = user.name();
        Map<LocalDate, List<Long>> byDate = shipDates.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        int opened = 0;
        for (var group : byDate.entrySet()) {
            Instant start = deadlines.shipped(group.getKey());
            Instant due = deadlines.callBack(group.getKey());
            Instant warnFrom = DueState.warningFrom(start, due, warningShare);
            List<Long> ids = group.getValue();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                String in = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(","));
                opened += insertCallBacks(in, now, due);
                insertTasks(in, start, due, warnFrom);
                insertAudit(in, now, by, due);
            }
        }
        // the import's share of AS-05, for the benchmark and for anyone wondering where time went
        LOG.info(() -> "AS-05: " + shipDates.size() + " new deliveries, call-backs and tasks opened in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return opened;
    }

    private int insertCallBacks(String deliveryIds, Instant now, Instant due) {
        return em.createNativeQuery(
                        "INSERT INTO call_back (version, delivery_id, customer_id, created_at, due_at, status)"
                                + " SELECT 0, d.id, d.customer_id, ?, ?, '" + CallBackStatus.DUE.name() + "'"
                                + " FROM delivery d WHERE d.id IN (" + deliveryIds + ")"
                                + " AND NOT EXISTS (SELECT 1 FROM call_back c WHERE c.delivery_id = d.id)")
                .setParameter(1, utc(now))
                .setParameter(2, utc(due))
                .executeUpdate();
    }

    /** SALES's step, one per call-back that has none yet; the reference is the lot people name. */
    private void insertTasks(String deliveryIds, Instant start, Instant due, Instant warnFrom) {
        em.createNativeQuery("INSERT INTO task (version, kind, department, record_id, reference, subject,"
                        + " start_at, due_at, warn_from, escalation_level)"
                        + " SELECT 0, '" + TaskKind.CALL_BACK.name() + "', '" + Department.SALES.name() + "',"
                        + " c.id, d.lot_number, LEFT(cu.code || ' ' || COALESCE(cu.name_zh, cu.name_en, '') || ': '"
                        + " || p.code || ' ' || d.lot_number, 300), ?, ?, ?, 0"
                        + " FROM call_back c JOIN delivery d ON d.id = c.delivery_id"
                        + " JOIN customer cu ON cu.id = d.customer_id JOIN product p ON p.id = d.product_id"
                        + " WHERE c.delivery_id IN (" + deliveryIds + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM task t WHERE t.kind = '" + TaskKind.CALL_BACK.name()
                        + "' AND t.record_id = c.id)")
                .setParameter(1, utc(start))
                .setParameter(2, utc(due))
                .setParameter(3, utc(warnFrom))
                .executeUpdate();
    }

    /** The audit trail's CREATED entries, as {@link AuditTrail#created} writes them for one record. */
    private void insertAudit(String deliveryIds, Instant now, String by, Instant due) {
        for (String[] field : List.of(
                new String[] {"delivery", "d.lot_number"},
                new String[] {"dueAt", "'" + due + "'"},
                new String[] {"status", "'" + CallBackStatus.DUE.name() + "'"})) {
            em.createNativeQuery("INSERT INTO audit_entry (changed_at, changed_by, record_type, record_id, action,"
                            + " field_name, new_value)"
                            + " SELECT ?, ?, 'CallBack', c.id, '" + AuditTrail.CREATED + "', '" + field[0] + "', "
                            + field[1]
                            + " FROM call_back c JOIN delivery d ON d.id = c.delivery_id"
                            + " WHERE c.delivery_id IN (" + deliveryIds + ") AND c.created_at = ?")
                    .setParameter(1, utc(now))
                    .setParameter(2, by)
                    .setParameter(3, utc(now))
                    .executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** For tests and the demo: the ids opened for deliveries, in delivery order. */
    List<Long> callBacksOf(List<Long> deliveryIds) {
        return new ArrayList<>(em.createQuery(
                        "select c.id from CallBack c where c.delivery.id in :ids order by c.delivery.id", Long.class)
                .setParameter("ids", deliveryIds)
                .getResultList());
    }
}
