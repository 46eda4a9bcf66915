package com.qualitydesk.shared;

import java.util.List;

/** The rows of one page and the number of rows matching the filter on all pages. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
