package com.qualitydesk.web.customer;

/** Picker values are record ids; anything else (typed text that matched nothing) is no choice. */
final class PickerIds {

    private PickerIds() {}

    static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
