package com.qualitydesk.audit;

import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;

/**
 * Writes who changed what, when (CF-14), always inside the caller's transaction so that a change
 * and its audit entries are kept or lost together. Entries are only ever inserted.
 */
@Stateless
@PermitAll
public class AuditTrail {

    public static final String CREATED = "CREATED";
    public static final String CHANGED = "CHANGED";
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void created(EditableEntity record) {
        em.flush(); // the id is needed for the entry
        record.auditSnapshot().forEach((field, value) -> {
            if (value != null) {
                write(record, CREATED, field, null, AuditDiff.text(value));
            }
        });
    }

    /** Records every field that differs from the snapshot taken before the change. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(EditableEntity record, Map<String, Object> before) {
        for (var change : AuditDiff.between(before, record.auditSnapshot())) {
            write(record, CHANGED, change.field(), change.oldValue(), change.newValue());
        }
    }

    /** Records an action that is not a field change (a login lock, a password reset). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void event(EditableEntity record, String action, String detail) {
        write(record, action, null, null, detail);
    }

    /** Anyone logged in may read a record's history; nobody may change it (there is no method to). */
    @RolesAllowed({
        Role.SALES,
        Role.QUALITY,
        Role.TECHNICAL,
        Role.PRODUCTION,
        Role.FINANCE,
        Role.OFFICE,
        Role.GENERAL_MANAGER,
        Role.SERVICE,
        Role.ADMIN
    })
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AuditEntry> history(String recordType, long recordId, PageRequest request) {
        return FilteredQuery.of(em, AuditEntry.class)
                .where((cb, root) ->
                        cb.and(cb.equal(root.get("recordType"), recordType), cb.equal(root.get("recordId"), recordId)))
                .page(new PageRequest(
                        request.first(),
                        request.size(),
                        request.sortField() == null ? "id" : request.sortField(),
                        request.sortField() != null && request.ascending(),
                        request.filters()));
    }

    private void write(EditableEntity record, String action, String field, String oldValue, String newValue) {
        em.persist(new AuditEntry(
                clock.instant(), caller(), record.auditType(), record.getId(), action, field, oldValue, newValue));
    }

    private String caller() {
        var principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? SYSTEM : name;
    }
}
