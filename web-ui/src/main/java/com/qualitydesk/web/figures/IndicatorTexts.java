package com.qualitydesk.web.figures;

import com.qualitydesk.figures.IndicatorFormat;
import com.qualitydesk.figures.IndicatorStatus;
import com.qualitydesk.figures.MonthRange;
import com.qualitydesk.figures.ObjectiveTarget;
import com.qualitydesk.figures.QualityIndicators.Reading;
import com.qualitydesk.figures.QualityObjective;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How an indicator reads in the user's language (IM-04): a share with one decimal and "%", a Cpk
 * with two decimals, an amount of yuan without decimals; "no data" where nothing was counted; the
 * objective as "≥ 98 %"; the period as a month, a quarter to date or a year to date.
 */
@Named
@RequestScoped
public class IndicatorTexts {

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    public String value(QualityObjective objective, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return messages.text("indicators.noData");
        }
        return number(objective, value);
    }

    public String target(ObjectiveTarget target) {
        return IndicatorFormat.target(target, user.getLocale());
    }

    private String number(QualityObjective objective, double value) {
        return IndicatorFormat.value(objective, value, user.getLocale());
    }

    public String period(Reading reading) {
        MonthRange range = reading.range();
        if (range.months() == 1) {
            return range.first().toString();
        }
        if (range.first().getMonthValue() == 1 && range.months() > 3) {
            return messages.text(
                    "indicators.yearTo", range.first().getYear(), range.last().toString());
        }
        boolean wholeQuarter = range.months() == 3;
        return wholeQuarter
                ? range.quarterLabel()
                : messages.text(
                        "indicators.quarterTo",
                        range.quarterLabel(),
                        range.last().toString());
    }

    /** The light's style classes, for a view. */
    public String statusClassOf(IndicatorStatus status) {
        return statusClass(status);
    }

    public static String statusClass(IndicatorStatus status) {
        return "qd-light qd-light-"
                + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String colour(IndicatorStatus status) {
        return switch (status) {
            case MET -> "#2e7d32";
            case NEAR -> "#e0a100";
            case MISSED -> "#c62828";
            case NO_DATA -> "#9e9e9e";
        };
    }
}
