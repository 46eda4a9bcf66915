package com.qualitydesk.feedback;

/** How the case stores what people typed: stripped, and an empty field as nothing. */
final class Text {

    private Text() {}

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String strippedOrNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
