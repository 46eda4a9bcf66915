package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a gauge's file of measurements in (CS-09): all of it or nothing. The file is checked as a
 * whole ({@link MeasurementFile}); a subgroup already stored is refused at its line, so the same
 * file sent twice stores nothing the second time. PRODUCTION imports (QUALITY and ADMIN may too).
 */
@Stateless
@RolesAllowed({Role.PRODUCTION, Role.QUALITY, Role.ADMIN})
public class MeasurementImport {

    /** The largest file taken, by screen or REST API. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int FLUSH_EVERY = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public MeasurementReport importFile(long characteristicId, @NotNull byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        // one import per characteristic at a time: two files bringing the same subgroup store it once;
        // the characteristic's version moves with every import, which tells RecentStudies its values grew
        Characteristic characteristic =
                em.find(Characteristic.class, characteristicId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (characteristic == null) {
            throw new RuleViolation("characteristic.unknown", characteristicId);
        }
        // the gauge writes the plant's local time; a minute's grace for clocks a little ahead
        LocalDateTime latest =
                LocalDateTime.now(clock.withZone(calendars.current().zone())).plusMinutes(1);
        var file = MeasurementFile.read(content, characteristic.getSubgroupSize(), latest);
        if (!file.isValid()) {
            return new MeasurementReport(false, 0, 0, file.problems());
        }
        Set<Integer> stored = new HashSet<>(em.createQuery(
                        "select distinct m.subgroup from Measurement m where m.characteristicId = :c", Integer.class)
                .setParameter("c", characteristicId)
                .getResultList());
        var problems = new ArrayList<ImportProblem>();
        Set<Integer> named = new HashSet<>();
        for (MeasurementFile.Line line : file.lines()) {
            if (stored.contains(line.subgroup()) && named.add(line.subgroup())) {
                problems.add(
                        ImportProblem.of(line.number(), "subgroup", "measurements.subgroup.stored", line.subgroup()));
            }
        }
        if (!problems.isEmpty()) {
            return new MeasurementReport(false, 0, 0, problems);
        }
        List<MeasurementFile.Line> lines = file.lines();
        Set<Integer> subgroups = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            MeasurementFile.Line line = lines.get(i);
            em.persist(new Measurement(characteristicId, line.time(), line.subgroup(), line.value()));
            subgroups.add(line.subgroup());
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        characteristic = em.find(Characteristic.class, characteristicId);
        audit.event(
                characteristic,
                "IMPORTED",
                lines.size() + " values, " + subgroups.size() + " subgroups, "
                        + lines.get(0).time() + " … "
                        + lines.get(lines.size() - 1).time());
        return new MeasurementReport(true, lines.size(), subgroups.size(), List.of());
    }
}
