package com.qualitydesk.retention;

import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CC-03: the records past their retention period, kind by kind, paged and filtered in the
 * database, each with what keeps it from expiring now. Only a list: nothing expires by being on it
 * (ExpiryProposal, ExpiryConfirmation).
 */
@Stateless
@RolesAllowed({Role.ADMIN, Role.QUALITY})
public class ExpiryCandidates {

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionPeriods periods;

    @Inject
    Clock clock;

    /** Every kind with its period today and how many of its records are past it. */
    public List<RetentionOverview> overview() {
        LocalDate today = LocalDate.now(clock);
        return Arrays.stream(RecordKind.values())
                .map(kind -> {
                    RetentionPeriod period = periods.of(kind);
                    long past = source(kind).countLastActiveBefore(period.lastActivityBefore(today, clock.getZone()));
                    return new RetentionOverview(kind, period.years(), period.latestStartOverOn(today), past);
                })
                .toList();
    }

    /** One page of the kind's records past their period, oldest last activity first unless sorted otherwise. */
    public Page<ExpiryCandidate> page(@NotNull RecordKind kind, RecordFilter filter, @NotNull PageRequest request) {
        RetentionPeriod period = periods.of(kind);
        RetainedRecords source = source(kind);
        Page<RetainedRecord> records = source.lastActiveBefore(
                period.lastActivityBefore(LocalDate.now(clock), clock.getZone()),
                filter == null ? RecordFilter.NONE : filter,
                request);
        return new Page<>(candidates(source, period, records.rows()), records.total());
    }

    /**
     * One record of the kind as the list would show it, also before its period is over (then it
     * is blocked by its period), for the steps that name one record: a hold, a proposal.
     */
    public Optional<ExpiryCandidate> candidate(@NotNull RecordKind kind, long id) {
        RetainedRecords source = source(kind);
        return source.find(id)
                .map(r -> candidates(source, periods.of(kind), List.of(r)).get(0));
    }

    List<ExpiryCandidate> candidates(RetainedRecords source, RetentionPeriod period, List<RetainedRecord> records) {
        List<Long> ids = records.stream().map(RetainedRecord::id).toList();
        Map<Long, List<ExpiryBlocker>> blockers = ExpiryBlockers.of(em, source, ids, null);
        Map<Long, LegalHold> holds = ExpiryBlockers.activeHolds(em, source.kind(), ids).stream()
                .collect(Collectors.toMap(LegalHold::getRecordId, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        var rows = new ArrayList<ExpiryCandidate>();
        for (RetainedRecord r : records) {
            var reasons = new ArrayList<>(blockers.getOrDefault(r.id(), List.of()));
            LocalDate keptThrough = period.keptThrough(r.periodStart());
            if (!period.isOver(r.periodStart(), today)) {
                reasons.add(0, new ExpiryBlocker(ExpiryBlocker.Reason.PERIOD_NOT_OVER, keptThrough.toString()));
            }
            LegalHold hold = holds.get(r.id());
            rows.add(new ExpiryCandidate(
                    r,
                    period.years(),
                    keptThrough,
                    reasons,
                    hold == null ? null : hold.getId(),
                    hold == null ? null : hold.getVersion()));
        }
        return rows;
    }

    RetainedRecords source(RecordKind kind) {
        return RetainedRecords.of(kind, em, clock.getZone());
    }
}
