package com.qualitydesk.customer.timeline;

import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * The customer's whole story (CC-01): everything the company exchanged with one customer, newest
 * first, from every {@link TimelineSource} the application has, so that a feature adds its records
 * to the customer page by adding a source. Every department reads it, as it reads the customer.
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
    Role.SERVICE,
    Role.ADMIN
})
public class CustomerTimeline {

    /** More than a screen or an export of one customer needs at once. */
    public static final int MAX_SIZE = 5000;

    @Inject
    @Any
    Instance<TimelineSource> sources;

    /**
     * One page of the customer's timeline, newest first, with the number of entries the query has.
     *
     * @param first index of the first entry, from 0
     * @param size entries per page, 1 to {@link #MAX_SIZE}
     */
    public Page<TimelineEntry> page(@NotNull TimelineQuery query, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("timeline.paging.invalid", MAX_SIZE);
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new RuleViolation("timeline.period.invalid");
        }
        return TimelineMerge.page(sources, query, first, size);
    }
}
