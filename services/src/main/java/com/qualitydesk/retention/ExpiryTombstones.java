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

/** CC-03: what stays of the expired records, for ADMIN and QUALITY to read; nobody changes it. */
@Stateless
@RolesAllowed({Role.ADMIN, Role.QUALITY})
public class ExpiryTombstones {

    @PersistenceContext
    EntityManager em;

    public Page<ExpiryTombstone> page(@NotNull PageRequest request) {
        return FilteredQuery.of(em, ExpiryTombstone.class)
                .defaultSort("expiredAt")
                .page(request);
    }
}
