package com.qualitydesk.survey;

import java.time.Instant;

/** The figures of the campaign screens, as records the screens read with method syntax. */
public final class CampaignRows {

    private CampaignRows() {}

    /** An eligible customer and how many of its contacts receive the questionnaire (CS-02). */
    public record EligibleCustomer(long customerId, String code, String name, String industry, long recipients) {
        /** No recipient: nobody can answer for this customer, coverage is at risk. */
        public boolean isRisk() {
            return recipients == 0;
        }
    }

    /** The dispatch tab's counts: customers surveyed, their recipients, customers without one (CS-02). */
    public record EligibleSummary(long customers, long recipients, long risks) {}

    /** How far the dispatch job got (CS-04). */
    public record DispatchProgress(long recipients, long invited, String batchStatus, Long execution) {
        public int percent() {
            return recipients == 0 ? 100 : (int) Math.min(100, invited * 100 / recipients);
        }
    }

    /** A customer none of whose recipients replied yet, with the last attempt to reach it (CS-05). */
    public record NotCovered(
            long customerId, String code, String name, long invited, Instant lastAttempt, String lastNote) {}

    /** A campaign's line on the general manager's overview. */
    public record Overview(
            long campaignId,
            String name,
            String kind,
            String status,
            java.time.LocalDate deadline,
            long invited,
            long replied,
            Coverage coverage,
            double index) {}
}
