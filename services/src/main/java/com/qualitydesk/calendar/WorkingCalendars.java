package com.qualitydesk.calendar;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The company's working calendar as stored: normal working hours and week, public holidays and
 * make-up working days. Deadlines (CF-05, CF-06) are computed on {@link #current()}, read at the
 * moment they are computed, so a holiday entered today moves every deadline computed from now on.
 * Every department reads it; OFFICE (administration) and ADMIN maintain it.
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
public class WorkingCalendars {

    /** Audit action of a calendar day taken out of the calendar. */
    public static final String REMOVED = "REMOVED";

    /** How an import changed the calendar, for the person who imported the file. */
    public record ImportResult(int created, int updated, int unchanged) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The calendar as stored now, in the company's time zone. Open to every caller: the website's
     * intake (CC-02) and the timers compute deadlines without a logged-in user.
     */
    @PermitAll
    public WorkingCalendar current() {
        var days =
                em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList();
        return calendarOf(hours(), days, clock.getZone());
    }

    /** The stored working hours; the defaults, unsaved, if there are none yet. */
    @PermitAll
    public WorkingHours hours() {
        return em.createQuery("select h from WorkingHours h order by h.id", WorkingHours.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(WorkingHours::new);
    }

    /** The holidays and make-up working days of one year, in date order. */
    public List<CalendarDay> daysOf(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public CalendarDay save(@NotNull CalendarDay day) {
        return records.save(
                day,
                day.getDate() == null ? Optional.empty() : findByDate(day.getDate()),
                () -> new RuleViolation("calendar.date.taken", day.getDate()));
    }

    /**
     * Takes a day out of the calendar; the audit trail keeps what it was. A day already removed
     * (by someone else) is left as it is: the calendar is then as the caller wanted it.
     */
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public void remove(long id) {
        CalendarDay day = em.find(CalendarDay.class, id);
        if (day == null) {
            return;
        }
        audit.event(day, REMOVED, day.getDate() + " " + day.getKind() + " " + day.getName());
        em.remove(day);
    }

    /** Stores the working hours; there is one row, so a second new row means someone saved first. */
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public WorkingHours saveHours(@NotNull WorkingHours hours) {
        if (!hours.isNew()) {
            return records.update(hours);
        }
        if (!hours().isNew()) {
            throw new OptimisticLockException(hours);
        }
        return records.create(hours);
    }

    /**
     * Imports a holiday file (see {@link HolidayFile}), only the days of the given year unless it
     * is null. The whole file is checked before anything is stored. A date already in the calendar
     * is updated, never duplicated, so importing the same file again changes nothing; days missing
     * from the file are kept, since a feed may simply not list them.
     */
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public ImportResult importIcs(Integer year, @NotNull byte[] icsFile) {
        List<HolidayFile.Entry> entries = HolidayFile.read(icsFile, year);
        Map<LocalDate, CalendarDay> stored =
                between(entries.get(0).date(), entries.get(entries.size() - 1).date()).stream()
                        .collect(Collectors.toMap(CalendarDay::getDate, Function.identity()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (HolidayFile.Entry entry : entries) {
            CalendarDay day = stored.get(entry.date());
            if (day == null) {
                records.create(new CalendarDay(entry.date(), entry.kind(), entry.name()));
                created++;
            } else if (day.getKind() == entry.kind() && Objects.equals(day.getName(), entry.name())) {
                unchanged++;
            } else {
                em.detach(day); // so that the audit trail compares with the stored values
                day.setKind(entry.kind());
                day.setName(entry.name());
                records.update(day);
                updated++;
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    /** The value object the deadlines are computed on. */
    static WorkingCalendar calendarOf(WorkingHours hours, List<CalendarDay> days, ZoneId zone) {
        return WorkingCalendar.builder(zone)
                .hours(hours.getStartTime(), hours.getEndTime())
                .lunch(hours.getLunchStart(), hours.getLunchEnd())
                .weekend(hours.getWeekendDays())
                .holidays(datesOf(days, DayKind.HOLIDAY))
                .makeUpWorkdays(datesOf(days, DayKind.WORKDAY))
                .build();
    }

    private static List<LocalDate> datesOf(List<CalendarDay> days, DayKind kind) {
        return days.stream()
                .filter(d -> d.getKind() == kind)
                .map(CalendarDay::getDate)
                .toList();
    }

    private List<CalendarDay> between(LocalDate first, LocalDate last) {
        return em.createQuery(
                        "select d from CalendarDay d where d.date between :first and :last order by d.date",
                        CalendarDay.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    private Optional<CalendarDay> findByDate(LocalDate date) {
        return em.createQuery("select d from CalendarDay d where d.date = :date", CalendarDay.class)
                .setParameter("date", date)
                .getResultStream()
                .findFirst();
    }
}
