package com.qualitydesk.figures;

import com.qualitydesk.aftersales.CallBackStatus;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.feedback.QualityCosts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * CS-09: what the system's own records say for a department's month, so that nobody types what
 * the system knows. SALES: the lots shipped and those shipped by the promised date per product
 * family, the service records and those done within target, the call-backs due and made, the
 * feedback received, the returns per product family. PRODUCTION: Cp and Cpk of every
 * characteristic of an important process ({@link ProcessCapability}). FINANCE: the quality cost of
 * the CF-13 ledger ({@link QualityCosts#totalOf(YearMonth)}). QUALITY's lots are entered.
 *
 * <p>Only the sheet services call this, in their transaction, after they checked that the caller
 * keeps the sheet; the services it reads check the caller again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SheetRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcessCapability capability;

    @Inject
    Characteristics characteristics;

    @Inject
    QualityCosts qualityCosts;

    @Inject
    WorkingCalendars calendars;

    public List<FigureValue> of(SheetDepartment department, YearMonth month) {
        ZoneId zone = calendars.current().zone();
        return switch (department) {
            case SALES -> sales(month, zone);
            case QUALITY -> List.of();
            case PRODUCTION -> production(month);
            case FINANCE -> finance(month);
        };
    }

    private List<FigureValue> sales(YearMonth month, ZoneId zone) {
        var values = new ArrayList<FigureValue>();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

        // a lot is late when shipped after its promised date; one without a promised date cannot be (Delivery.isLate)
        for (Object[] row : em.createQuery(
                        "select p.family, count(d), sum(case when d.promisedDate is not null"
                                + " and d.shipDate > d.promisedDate then 1 else 0 end)"
                                + " from Delivery d join d.product p where d.shipDate between :first and :last"
                                + " group by p.family",
                        Object[].class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList()) {
            String family = family(row[0]);
            long shipped = number(row[1]);
            values.add(FigureValue.ofFamily(SheetFigure.SALES_DELIVERIES, family, BigDecimal.valueOf(shipped)));
            values.add(FigureValue.ofFamily(
                    SheetFigure.SALES_DELIVERIES_ON_TIME, family, BigDecimal.valueOf(shipped - number(row[2]))));
        }

        // each service once: a correction of a signed record (AS-04) is the same service
        long services = 0;
        long onTarget = 0;
        for (Object[] row : em.createQuery(
                        "select r.occurredAt, q.plannedDate from ServiceRecord r left join r.request q"
                                + " where r.corrects is null and r.occurredAt >= :from and r.occurredAt < :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            services++;
            LocalDate done = LocalDate.ofInstant((Instant) row[0], zone);
            LocalDate planned = (LocalDate) row[1];
            // a telephone service or one nobody planned is done when it is recorded
            if (planned == null || !done.isAfter(planned)) {
                onTarget++;
            }
        }
        values.add(FigureValue.of(SheetFigure.SALES_SERVICE_RECORDS, BigDecimal.valueOf(services)));
        values.add(FigureValue.of(SheetFigure.SALES_SERVICE_RECORDS_ON_TARGET, BigDecimal.valueOf(onTarget)));

        Object[] callBacks = em.createQuery(
                        "select count(c), sum(case when c.status <> :due then 1 else 0 end) from CallBack c"
                                + " where c.dueAt >= :from and c.dueAt < :to",
                        Object[].class)
                .setParameter("due", CallBackStatus.DUE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        values.add(FigureValue.of(SheetFigure.SALES_CALL_BACKS_DUE, BigDecimal.valueOf(number(callBacks[0]))));
        values.add(FigureValue.of(SheetFigure.SALES_CALL_BACKS_DONE, BigDecimal.valueOf(number(callBacks[1]))));

        long feedback = em.createQuery(
                        "select count(f) from Feedback f where f.receivedAt >= :from and f.receivedAt < :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        values.add(FigureValue.of(SheetFigure.SALES_FEEDBACK_RECEIVED, BigDecimal.valueOf(feedback)));

        for (Object[] row : em.createQuery(
                        "select p.family, count(r) from ReturnReplacement r join r.delivery d join d.product p"
                                + " where r.returnedOn between :first and :last group by p.family",
                        Object[].class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList()) {
            values.add(FigureValue.ofFamily(
                    SheetFigure.SALES_RETURNS, family(row[0]), BigDecimal.valueOf(number(row[1]))));
        }
        return values;
    }

    /** Cp and Cpk of each characteristic in the month; a month without its measurements has no data. */
    private List<FigureValue> production(YearMonth month) {
        var values = new ArrayList<FigureValue>();
        for (Characteristic c : characteristics.all()) {
            var study = capability
                    .of(c.getId(), month.atDay(1), month.atEndOfMonth())
                    .study();
            values.add(new FigureValue(
                    SheetFigure.PRODUCTION_CP,
                    "",
                    c.label(),
                    index(study.within().potential())));
            values.add(new FigureValue(
                    SheetFigure.PRODUCTION_CPK,
                    "",
                    c.label(),
                    index(study.within().actual())));
        }
        return values;
    }

    /**
     * The quality cost the CF-13 ledger holds for the month, in the company's currency; nothing
     * booked is a cost of nothing, not "no data": the ledger is the whole of it.
     */
    private List<FigureValue> finance(YearMonth month) {
        BigDecimal total = qualityCosts.totalOf(month).getOrDefault(SheetFigure.CURRENCY, BigDecimal.ZERO);
        return List.of(FigureValue.of(SheetFigure.FINANCE_QUALITY_COST, total));
    }

    /** An index to two decimals, as the procedure's thresholds are written (1.33); none stays none. */
    static BigDecimal index(Double value) {
        return value == null || value.isNaN() || value.isInfinite()
                ? null
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String family(Object value) {
        return value == null ? "" : value.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
