package com.qualitydesk.feedback.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written reply to the customer (CF-12) as a PDF in the contact's language.
 *
 * <p>SALES starts from {@link #defaultBody(ReplyLetterContent)}, a text prefilled with the
 * customer's statement, the cause and the actions under fixed headings, and may edit it freely.
 * When printing, a line that is exactly one of those headings is set as a heading and a block of
 * numbered lines as a numbered list, so an edited text keeps the letter's layout.
 */
public final class ReplyLetter {

    static final String BUNDLE = "com.qualitydesk.feedback.document.documents";

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\s*[.、)）]\\s*(.*)$");

    private ReplyLetter() {}

    /** The letter as PDF bytes. */
    public static byte[] render(ReplyLetterContent content) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, content.language());
        String body =
                content.bodyText() == null || content.bodyText().isBlank() ? defaultBody(content) : content.bodyText();
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("reply.title"),
                content.feedbackNumber(),
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            layout.fields(List.of(
                    new Field(texts.text("reply.field.reference"), content.feedbackNumber()),
                    new Field(texts.text("reply.field.date"), texts.date(content.date())),
                    new Field(texts.text("reply.field.customer"), content.customerName()),
                    new Field(texts.text("reply.field.contact"), content.contactName()),
                    new Field(texts.text("reply.field.subject"), content.subject())));
            layout.space(6f);
            layout.paragraph(salutation(texts, content.contactName()));
            printBody(layout, texts, body);
            layout.space(10f);
            layout.paragraph(texts.text("reply.closing"));
            layout.space(18f);
            layout.paragraph(signature(texts, content.signedBy()));
        });
    }

    /**
     * The prefilled text SALES edits before sending: opening, the customer's statement, the cause
     * and the numbered actions under their headings, and the closing remarks, in the letter's
     * language. The salutation, greeting and signature are not part of it; the letter adds them.
     */
    public static String defaultBody(ReplyLetterContent content) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, content.language());
        List<String> blocks = new ArrayList<>();
        blocks.add(
                isBlank(content.subject())
                        ? texts.text("reply.body.opening.general")
                        : texts.text("reply.body.opening", content.subject().strip()));
        if (!isBlank(content.customerStatement())) {
            blocks.add(texts.text("reply.heading.feedback") + "\n"
                    + content.customerStatement().strip());
        }
        blocks.add(texts.text("reply.heading.cause") + "\n"
                + (isBlank(content.cause())
                        ? texts.text("reply.body.cause.pending")
                        : content.cause().strip()));
        StringBuilder actions = new StringBuilder(texts.text("reply.heading.actions"));
        List<String> taken = content.actions().stream()
                .filter(action -> !isBlank(action))
                .map(String::strip)
                .toList();
        if (taken.isEmpty()) {
            actions.append('\n').append(texts.text("reply.body.actions.none"));
        }
        for (int i = 0; i < taken.size(); i++) {
            actions.append('\n').append(i + 1).append(". ").append(taken.get(i));
        }
        blocks.add(actions.toString());
        blocks.add(texts.text("reply.body.closing"));
        return String.join("\n\n", blocks);
    }

    private static void printBody(DocumentLayout layout, DocumentTexts texts, String body) {
        List<String> headings = List.of(
                texts.text("reply.heading.feedback"),
                texts.text("reply.heading.cause"),
                texts.text("reply.heading.actions"));
        for (String block : BLANK_LINES.split(DocumentLayout.lineFeeds(body).strip())) {
            List<String> lines = new ArrayList<>(block.strip().lines().toList());
            if (!lines.isEmpty() && headings.contains(lines.get(0).strip())) {
                layout.heading(lines.remove(0).strip());
            }
            printLines(layout, lines);
        }
    }

    /** Numbered lines become a list; anything else stays running text. */
    private static void printLines(DocumentLayout layout, List<String> lines) {
        List<String> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches()) {
                if (!text.isEmpty()) {
                    layout.paragraph(text.toString());
                    text.setLength(0);
                }
                items.add(numbered.group(1));
            } else {
                if (!items.isEmpty()) {
                    layout.numbered(List.copyOf(items));
                    items.clear();
                }
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        if (!items.isEmpty()) {
            layout.numbered(items);
        }
        if (!text.isEmpty()) {
            layout.paragraph(text.toString());
        }
    }

    private static String salutation(DocumentTexts texts, String contactName) {
        return isBlank(contactName)
                ? texts.text("reply.salutation.anonymous")
                : texts.text("reply.salutation", contactName.strip());
    }

    private static String signature(DocumentTexts texts, String signedBy) {
        String letterhead = texts.text("document.letterhead");
        return isBlank(signedBy) ? letterhead : signedBy.strip() + "\n" + letterhead;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
