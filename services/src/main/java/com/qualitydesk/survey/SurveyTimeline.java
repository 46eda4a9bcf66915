package com.qualitydesk.survey;

import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelinePeriod;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.customer.timeline.TimelineSource;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A customer's survey invitations and replies (CS-04) on the customer's timeline (CC-01): the
 * invitation on the day it went out, the reply on the day it came back, each under its campaign.
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
public class SurveyTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.SURVEY);
    }

    @Override
    public List<TimelineEntry> newest(TimelineQuery query, int limit) {
        var entries = new ArrayList<TimelineEntry>();
        entries.addAll(read(query, limit, "invitedAt", "timeline.survey.invited"));
        entries.addAll(read(query, limit, "repliedAt", "timeline.survey.replied"));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries.size() <= limit ? entries : entries.subList(0, limit);
    }

    private List<TimelineEntry> read(TimelineQuery query, int limit, String moment, String statusKey) {
        List<Object[]> rows = TimelinePeriod.bind(
                        em.createQuery(
                                "select i." + moment + ", c.id, c.name, p.name"
                                        + " from Invitation i join i.campaign c join i.contact p"
                                        + " where i.customer.id = :customer and i." + moment + " is not null"
                                        + TimelinePeriod.condition(query, "i." + moment)
                                        + " order by i." + moment + " desc, i.id desc",
                                Object[].class),
                        query,
                        clock.getZone())
                .setParameter("customer", query.customerId())
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new TimelineEntry(
                        (Instant) r[0],
                        TimelineKind.SURVEY,
                        (String) r[2],
                        (String) r[3],
                        statusKey,
                        "/survey/campaign.xhtml?id=" + r[1]))
                .toList();
    }

    @Override
    public long count(TimelineQuery query) {
        return count(query, "invitedAt") + count(query, "repliedAt");
    }

    private long count(TimelineQuery query, String moment) {
        return TimelinePeriod.bind(
                        em.createQuery(
                                "select count(i) from Invitation i where i.customer.id = :customer and i." + moment
                                        + " is not null" + TimelinePeriod.condition(query, "i." + moment),
                                Long.class),
                        query,
                        clock.getZone())
                .setParameter("customer", query.customerId())
                .getSingleResult();
    }
}
