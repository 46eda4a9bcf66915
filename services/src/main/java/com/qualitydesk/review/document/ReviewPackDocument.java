package com.qualitydesk.review.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ReviewDecision;
import com.qualitydesk.review.ReviewPack;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * IM-03: the management review pack as one printed record, in English or Chinese: every §9.3.2
 * input as it was frozen, the SHA-256 of the frozen content, the minutes and their decisions with
 * the actions that carry them out, and the general manager's signature (name, time, meaning).
 */
public final class ReviewPackDocument {

    public static final String BUNDLE = "com.qualitydesk.review.document.documents";

    private ReviewPackDocument() {}

    public static byte[] render(
            ManagementReview review, ReviewPack pack, List<ReviewDecision> decisions, String language, ZoneId zone) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, DocumentTexts.language(language));
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("pack.title", String.valueOf(review.getYear())),
                "MR-" + review.getYear(),
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            layout.fields(List.of(
                    new Field(
                            texts.text("field.state"),
                            texts.text("state." + review.getState().name())),
                    new Field(
                            texts.text("field.assembled"),
                            review.getPackAssembledBy() + " · " + time(texts, review.getPackAssembledAt(), zone)),
                    new Field(texts.text("field.hash"), review.getPackHash())));
            for (ReviewPack.Section section : pack.sections()) {
                layout.heading(texts.text("input." + section.input().name()) + " ("
                        + section.input().clause() + ")");
                var rows = new ArrayList<List<String>>();
                for (List<String> row : section.rows()) {
                    rows.add(row.stream().map(cell -> shown(texts, cell)).toList());
                }
                float[] widths = new float[section.columns().size()];
                java.util.Arrays.fill(widths, 1f);
                if (widths.length > 1) {
                    widths[1] = 2.2f;
                }
                layout.table(
                        section.columns().stream()
                                .map(cell -> shown(texts, cell))
                                .toList(),
                        widths,
                        rows);
            }
            layout.heading(texts.text("minutes.heading"));
            layout.paragraph(DocumentLayout.orNotRecorded(review.getMinutes()));
            if (!decisions.isEmpty()) {
                var rows = new ArrayList<List<String>>();
                for (ReviewDecision d : decisions) {
                    rows.add(List.of(
                            texts.text("decision.kind." + d.getKind().name()),
                            d.getDescription(),
                            texts.text("department." + d.getOwnerDepartment().name()),
                            texts.date(d.getDueDate()),
                            "#" + d.getActionId()));
                }
                layout.heading(texts.text("decisions.heading"));
                layout.table(
                        List.of(
                                texts.text("column.kind"),
                                texts.text("column.description"),
                                texts.text("column.owner"),
                                texts.text("column.due"),
                                texts.text("column.action")),
                        new float[] {1.3f, 3f, 1.1f, 1.3f, 0.8f},
                        rows);
            }
            layout.heading(texts.text("signature.heading"));
            if (review.isSigned()) {
                layout.fields(List.of(
                        new Field(
                                texts.text("signature.by"), review.getSignerName() + " (" + review.getSignedBy() + ")"),
                        new Field(texts.text("signature.at"), time(texts, review.getSignedAt(), zone)),
                        new Field(
                                texts.text("signature.meaning"),
                                texts.text("signature.meaning." + review.getSignatureMeaning()))));
            } else {
                layout.paragraph(texts.text("signature.none"));
            }
            layout.note(texts.text("pack.note", review.getPackHash()));
        });
    }

    static String shown(DocumentTexts texts, String cell) {
        return ReviewPack.shown(cell, key -> texts.textOr(key, key));
    }

    static String time(DocumentTexts texts, Instant moment, ZoneId zone) {
        if (moment == null) {
            return DocumentLayout.NOT_RECORDED;
        }
        return DateTimeFormatter.ofPattern(texts.text("time.pattern"), texts.language())
                .format(moment.atZone(zone));
    }
}
