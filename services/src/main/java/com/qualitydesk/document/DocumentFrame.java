package com.qualitydesk.document;

import java.util.Objects;

/**
 * What every page of a printed document repeats: the letterhead, the document's title, the
 * reference it belongs to (e.g. the feedback number) and the page label pattern, all already in the
 * document's language.
 *
 * @param letterhead the organisation's name at the top of the first page, e.g. "Quality Desk"
 * @param title the document's title under the letterhead
 * @param reference printed in every page's footer, e.g. "FB-2026-0042"
 * @param pageLabel a {@link java.text.MessageFormat} pattern with the page number as {0}
 */
public record DocumentFrame(String letterhead, String title, String reference, String pageLabel) {

    public DocumentFrame {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(title, "title");
        reference = reference == null ? "" : reference;
        pageLabel = pageLabel == null ? "{0}" : pageLabel;
    }
}
