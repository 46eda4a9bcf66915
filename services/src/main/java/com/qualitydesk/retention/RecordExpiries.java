package com.qualitydesk.retention;

import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** CC-03: the expiries, waiting and decided, with their records, for ADMIN and QUALITY to read. */
@Stateless
@RolesAllowed({Role.ADMIN, Role.QUALITY})
public class RecordExpiries {

    @PersistenceContext
    EntityManager em;

    public Page<RecordExpiry> page(@NotNull PageRequest request) {
        Page<RecordExpiry> page = FilteredQuery.of(em, RecordExpiry.class)
                .defaultSort("proposedAt")
                .page(request);
        page.rows().forEach(e -> e.getRecords().size());
        return page;
    }

    /** How many wait for QUALITY. */
    public long waiting() {
        return em.createQuery("select count(e) from RecordExpiry e where e.status = :s", Long.class)
                .setParameter("s", ExpiryStatus.PROPOSED)
                .getSingleResult();
    }

    public Optional<RecordExpiry> find(long id) {
        RecordExpiry expiry = em.find(RecordExpiry.class, id);
        if (expiry != null) {
            expiry.getRecords().size();
        }
        return Optional.ofNullable(expiry);
    }
}
