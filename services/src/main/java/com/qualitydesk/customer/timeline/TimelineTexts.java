package com.qualitydesk.customer.timeline;

/** How a source shortens what people wrote to the one line a timeline entry shows. */
public final class TimelineTexts {

    /** About two lines of the customer page; the record's own page shows the rest. */
    public static final int SUMMARY_LENGTH = 240;

    private TimelineTexts() {}

    /** The text on one line, cut at {@link #SUMMARY_LENGTH} with an ellipsis; null stays null. */
    public static String summary(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
