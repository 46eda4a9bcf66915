package com.qualitydesk.figures;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How an indicator's number is written (IM-04), on the indicators page and in the printed monthly
 * figures alike: a share with one decimal and "%", a Cpk with two decimals, yuan without
 * decimals; an objective as "≥ 98.0 %".
 */
public final class IndicatorFormat {

    private IndicatorFormat() {}

    public static String value(QualityObjective objective, double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        return switch (objective.measure()) {
            case PERCENT -> {
                format.setMinimumFractionDigits(1);
                format.setMaximumFractionDigits(1);
                yield format.format(value) + " %";
            }
            case INDEX -> {
                format.setMinimumFractionDigits(2);
                format.setMaximumFractionDigits(2);
                yield format.format(value);
            }
            case AMOUNT -> {
                format.setMaximumFractionDigits(0);
                yield "¥ " + format.format(value);
            }
        };
    }

    public static String target(ObjectiveTarget target, Locale locale) {
        String sign =
                switch (target.objective().comparison()) {
                    case AT_LEAST -> "≥ ";
                    case ABOVE -> "> ";
                    case AT_MOST -> "≤ ";
                };
        return sign + value(target.objective(), target.target(), locale);
    }
}
