package com.qualitydesk.feedback;

import java.util.regex.Pattern;

/**
 * The number of the "external feedback quality registration form" (CF-03): one sequence per year,
 * e.g. FB-2026-0042. The sequence itself is kept by the database, so that two people registering
 * at the same moment never get the same number and no number is skipped.
 */
public record FeedbackNumber(int year, int sequence) implements Comparable<FeedbackNumber> {

    private static final Pattern FORMAT = Pattern.compile("FB-(\\d{4})-(\\d{4,})");

    public FeedbackNumber {
        if (year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("No feedback number " + year + "/" + sequence);
        }
    }

    public static FeedbackNumber parse(String text) {
        var m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a feedback number: " + text);
        }
        return new FeedbackNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The number after this one in the same year. */
    public FeedbackNumber next() {
        return new FeedbackNumber(year, sequence + 1);
    }

    @Override
    public String toString() {
        return String.format("FB-%d-%04d", year, sequence);
    }

    @Override
    public int compareTo(FeedbackNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }
}
