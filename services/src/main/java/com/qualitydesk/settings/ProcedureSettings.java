package com.qualitydesk.settings;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current value of every procedure parameter. Services call {@link #value} at the moment they
 * apply a rule, so a change by the administrator takes effect at once, without a restart.
 */
@Stateless
public class ProcedureSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProcedureSettingChanged> changed;

    @PermitAll
    public int value(ProcedureParameter parameter) {
        return em.createQuery("select s.value from ProcedureSetting s where s.parameter = :p", Integer.class)
                .setParameter("p", parameter)
                .getResultStream()
                .findFirst()
                .orElse(parameter.defaultValue());
    }

    /** Every parameter in declaration order, created with its default where missing. */
    @RolesAllowed(Role.ADMIN)
    public List<ProcedureSetting> all() {
        ensureAll();
        Map<ProcedureParameter, ProcedureSetting> stored = em.createQuery(
                        "select s from ProcedureSetting s", ProcedureSetting.class)
                .getResultStream()
                .collect(Collectors.toMap(ProcedureSetting::getParameter, Function.identity()));
        return Arrays.stream(ProcedureParameter.values()).map(stored::get).toList();
    }

    /** Changes one parameter; the old and new values go to the audit trail. */
    @RolesAllowed(Role.ADMIN)
    public ProcedureSetting change(ProcedureParameter parameter, int newValue, long expectedVersion) {
        ensureAll();
        ProcedureSetting setting = find(parameter);
        if (setting.getVersion() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException(setting);
        }
        var before = setting.auditSnapshot();
        setting.change(newValue);
        audit.changed(setting, before);
        changed.fire(new ProcedureSettingChanged(parameter, newValue));
        return setting;
    }

    /** Adds the parameters a new release introduced, with their defaults. */
    @PermitAll
    public void ensureAll() {
        var existing = em.createQuery("select s.parameter from ProcedureSetting s", ProcedureParameter.class)
                .getResultList();
        for (ProcedureParameter p : ProcedureParameter.values()) {
            if (!existing.contains(p)) {
                var setting = new ProcedureSetting(p);
                em.persist(setting);
                audit.created(setting);
            }
        }
    }

    private ProcedureSetting find(ProcedureParameter parameter) {
        return em.createQuery("select s from ProcedureSetting s where s.parameter = :p", ProcedureSetting.class)
                .setParameter("p", parameter)
                .getSingleResult();
    }
}
