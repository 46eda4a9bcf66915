package com.qualitydesk.customer.timeline;

import java.time.Instant;

/**
 * One exchange with a customer on the customer's page (CC-01).
 *
 * @param at when it happened, the timeline's order
 * @param kind what kind of exchange, which the screen names in the reader's language
 * @param reference the number people recognise (FB-2026-0042, a lot number, a campaign)
 * @param summary what people wrote, as they wrote it (subject, outcome, findings)
 * @param statusKey a message key for the record's state, or null
 * @param link the page that shows the record, relative to the application (or null)
 */
public record TimelineEntry(
        Instant at, TimelineKind kind, String reference, String summary, String statusKey, String link) {}
