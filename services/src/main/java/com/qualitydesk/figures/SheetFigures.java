package com.qualitydesk.figures;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CS-09, CS-11, IM-04: a figure of a month as the departments' sheets hold it, for the indicators
 * and objectives. Counts and amounts add up over the product families, a capability index is the
 * lowest of the month, a rate is the share of its two summed counts; whatever the sheet's status
 * (a draft's figures are the best known so far). Nothing stored for the month, or a rate of
 * nothing (no lot inspected), is empty: never NaN, never an exception, never a made-up zero.
 *
 * <p>One query per call. Open to every caller, also without one (a timer, a report job): the
 * figures are the company's totals, not anybody's record; the screens and the API that show them
 * check {@link FiguresStep#READ_FIGURES}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SheetFigures {

    @PersistenceContext
    EntityManager em;

    /** The company's value of the figure in the month. */
    public Optional<BigDecimal> valueOf(@NotNull SheetFigure figure, @NotNull YearMonth month) {
        return FigureTotals.valueOf(figure, stored(figure, month, null), null);
    }

    /** The figure's value for one product family (figures kept per family; any other has none). */
    public Optional<BigDecimal> valueOf(@NotNull SheetFigure figure, @NotNull YearMonth month, String productFamily) {
        if (productFamily == null) {
            return valueOf(figure, month);
        }
        return FigureTotals.valueOf(figure, stored(figure, month, productFamily.strip()), productFamily.strip());
    }

    private List<FigureValue> stored(SheetFigure figure, YearMonth month, String family) {
        List<SheetFigure> figures =
                figure.isRate() ? List.of(figure.numerator(), figure.denominator()) : List.of(figure);
        var query = em.createQuery(
                        "select v.figure, v.productFamily, v.value from SheetValue v where v.sheet.monthStart = :m"
                                + " and v.figure in :figures"
                                + (family == null ? "" : " and v.productFamily = :family"),
                        Object[].class)
                .setParameter("m", month.atDay(1))
                .setParameter("figures", figures);
        if (family != null) {
            query.setParameter("family", family);
        }
        var values = new ArrayList<FigureValue>();
        for (Object[] row : query.getResultList()) {
            values.add(new FigureValue((SheetFigure) row[0], (String) row[1], "", (BigDecimal) row[2]));
        }
        return values;
    }
}
