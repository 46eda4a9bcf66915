package com.qualitydesk.action;

import java.util.List;

/**
 * The figure QUALITY verifies an action against (CF-10): how many feedback cases recurred within
 * the verification window after completion, and their numbers.
 */
public record Recurrences(long count, List<String> caseNumbers) {

    public static final Recurrences NONE = new Recurrences(0, List.of());

    public Recurrences {
        if (count < 0) {
            throw new IllegalArgumentException("a count of recurrences is not negative: " + count);
        }
        caseNumbers = caseNumbers == null ? List.of() : List.copyOf(caseNumbers);
    }

    public static Recurrences of(List<String> caseNumbers) {
        return new Recurrences(caseNumbers.size(), caseNumbers);
    }

    public boolean any() {
        return count > 0;
    }

    /** The case numbers as one line, for the screen and the stored record. */
    public String numbers() {
        return String.join(", ", caseNumbers);
    }
}
