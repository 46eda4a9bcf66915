package com.qualitydesk.aftersales;

import java.time.LocalDate;

/**
 * AS-01: a service person's training counts for AS01_TRAINING_VALID_MONTHS calendar months. A
 * training on 15 March with 12 months still counts on 15 March of the next year and is overdue
 * from the 16th; one on 31 January with one month counts until 28 (29) February, as
 * {@link LocalDate#plusMonths} clips to the month's end. A person never trained is overdue.
 */
public final class TrainingValidity {

    private TrainingValidity() {}

    /** The last day the training still counts. */
    public static LocalDate validUntil(LocalDate lastTraining, int validMonths) {
        return lastTraining.plusMonths(validMonths);
    }

    public static boolean overdue(LocalDate lastTraining, LocalDate today, int validMonths) {
        return lastTraining == null || validUntil(lastTraining, validMonths).isBefore(today);
    }

    /**
     * The earliest training day that still counts today: people last trained before it are overdue.
     * The same rule as {@link #overdue}, as a date a query compares with.
     */
    public static LocalDate oldestValid(LocalDate today, int validMonths) {
        // plusMonths never decreases, but minusMonths clips at a month's end, so the first guess
        // may be a few days off either way
        LocalDate d = today.minusMonths(validMonths);
        while (validUntil(d, validMonths).isBefore(today)) {
            d = d.plusDays(1);
        }
        while (!validUntil(d.minusDays(1), validMonths).isBefore(today)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
