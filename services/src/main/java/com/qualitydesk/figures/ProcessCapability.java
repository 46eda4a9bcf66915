package com.qualitydesk.figures;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CS-09: a characteristic's process capability over a period, from its measurements in time
 * order: the control chart, Cp/Cpk within and Pp/Ppk overall ({@link CapabilityStudy}), and the
 * traffic light against the procedure's thresholds.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.ADMIN
})
public class ProcessCapability {

    /** A study with its characteristic and light. */
    public record Capability(
            Characteristic characteristic,
            LocalDate from,
            LocalDate to,
            CapabilityStudy study,
            CapabilityStatus status,
            double capableFrom,
            double marginalFrom) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    WorkingCalendars calendars;

    @Inject
    RecentStudies recent;

    /** Both days included, in the plant's local time. */
    public Capability of(long characteristicId, LocalDate from, LocalDate to) {
        Characteristic characteristic = em.find(Characteristic.class, characteristicId);
        if (characteristic == null) {
            throw new RuleViolation("characteristic.unknown", characteristicId);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("figures.period.invalid");
        }
        int minimumSubgroups = settings.value(ProcedureParameter.CS09_MIN_SUBGROUPS);
        double capable = settings.value(ProcedureParameter.CS09_CPK_GOOD_HUNDREDTHS) / 100.0;
        double marginal = settings.value(ProcedureParameter.CS09_CPK_FAIR_HUNDREDTHS) / 100.0;
        // values are only ever added, by an import that moves the characteristic's version: a study
        // of the same version still holds, without counting the period's values again
        var key = new RecentStudies.Key(characteristicId, characteristic.getVersion(), from, to, minimumSubgroups);
        CapabilityStudy study = recent.get(key)
                .orElseGet(() -> recent.put(
                        key,
                        study(em, characteristic, from, to, minimumSubgroups, capable, marginal)
                                .study()));
        return new Capability(
                characteristic,
                from,
                to,
                study,
                CapabilityStatus.of(study.within().actual(), capable, marginal),
                capable,
                marginal);
    }

    /**
     * The arithmetic of {@link #of}, for the callers inside the feature that have checked the
     * caller already or run without one (the demo's monthly sheets of the past): the same
     * subgroups, the same study, the same light.
     */
    static Capability study(
            EntityManager em,
            Characteristic characteristic,
            LocalDate from,
            LocalDate to,
            int minSubgroups,
            double capable,
            double marginal) {
        List<Object[]> rows = em.createQuery(
                        "select m.subgroup, m.value from Measurement m where m.characteristicId = :c"
                                + " and m.measuredAt >= :from and m.measuredAt < :to"
                                + " order by m.measuredAt, m.subgroup, m.id",
                        Object[].class)
                .setParameter("c", characteristic.getId())
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList();
        // subgroups in the order their first value was measured; one cut by the period's edge is left out
        Map<Integer, List<Double>> bySubgroup = new LinkedHashMap<>();
        for (Object[] row : rows) {
            bySubgroup.computeIfAbsent((Integer) row[0], s -> new ArrayList<>()).add((Double) row[1]);
        }
        int size = characteristic.getSubgroupSize();
        List<double[]> subgroups = new ArrayList<>();
        for (List<Double> values : bySubgroup.values()) {
            if (values.size() == size) {
                subgroups.add(values.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        var study = CapabilityStudy.of(characteristic.specification(), size, subgroups, minSubgroups);
        return new Capability(
                characteristic,
                from,
                to,
                study,
                CapabilityStatus.of(study.within().actual(), capable, marginal),
                capable,
                marginal);
    }
}
