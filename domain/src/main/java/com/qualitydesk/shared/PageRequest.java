package com.qualitydesk.shared;

import java.util.Map;

/**
 * One page of a list, as a screen or the REST API asks for it. Filters are by attribute path
 * ("customer.code"); text matches by substring ignoring case, anything else by equality.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, Object> filters) {

    public static final int MAX_PAGE_SIZE = 10_000;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        size = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }
}
