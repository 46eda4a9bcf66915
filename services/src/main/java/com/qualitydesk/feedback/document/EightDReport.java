package com.qualitydesk.feedback.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import com.qualitydesk.feedback.document.EightDReportContent.Action;
import com.qualitydesk.feedback.document.EightDReportContent.Problem;
import com.qualitydesk.feedback.document.EightDReportContent.RootCause;
import com.qualitydesk.feedback.document.EightDReportContent.TeamMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The 8D report of a feedback case as a PDF (CF-12): one section per discipline, D1 team to D8
 * closure, with a table wherever a section lists people or actions. Empty sections say so rather
 * than disappear, so a reader sees what was not done.
 */
public final class EightDReport {

    private EightDReport() {}

    /** The report as PDF bytes. */
    public static byte[] render(EightDReportContent content) {
        DocumentTexts texts = DocumentTexts.of(ReplyLetter.BUNDLE, content.language());
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("eightd.title") + " · " + content.feedbackNumber(),
                content.feedbackNumber(),
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            team(layout, texts, content.team());
            problem(layout, texts, content.feedbackNumber(), content.problem());
            layout.heading(texts.text("eightd.d3"));
            actions(
                    layout,
                    texts,
                    content.containment(),
                    List.of("eightd.col.containment", "eightd.col.owner", "eightd.col.due", "eightd.col.result"),
                    new float[] {0.8f, 4.2f, 2f, 2.2f, 3f},
                    action -> Arrays.asList(action.owner(), texts.date(action.due()), action.result()));
            rootCause(layout, texts, content.rootCause());
            layout.heading(texts.text("eightd.d5"));
            actions(
                    layout,
                    texts,
                    content.correctiveActions(),
                    List.of("eightd.col.corrective", "eightd.col.owner", "eightd.col.due"),
                    new float[] {0.8f, 6f, 2.5f, 2.2f},
                    action -> Arrays.asList(action.owner(), texts.date(action.due())));
            layout.heading(texts.text("eightd.d6"));
            actions(
                    layout,
                    texts,
                    content.implementedActions(),
                    List.of("eightd.col.action", "eightd.col.completed", "eightd.col.verification"),
                    new float[] {0.8f, 5f, 2.2f, 3.5f},
                    action -> Arrays.asList(texts.date(action.completed()), action.result()));
            layout.heading(texts.text("eightd.d7"));
            actions(
                    layout,
                    texts,
                    content.preventiveActions(),
                    List.of("eightd.col.preventive", "eightd.col.owner", "eightd.col.due"),
                    new float[] {0.8f, 6f, 2.5f, 2.2f},
                    action -> Arrays.asList(action.owner(), texts.date(action.due())));
            closure(layout, texts, content.closure());
        });
    }

    private static void team(DocumentLayout layout, DocumentTexts texts, List<TeamMember> team) {
        layout.heading(texts.text("eightd.d1"));
        if (team.isEmpty()) {
            layout.note(texts.text("eightd.none"));
            return;
        }
        layout.table(
                List.of(
                        texts.text("eightd.col.name"),
                        texts.text("eightd.col.department"),
                        texts.text("eightd.col.role")),
                new float[] {2.5f, 2.5f, 4f},
                team.stream()
                        .map(member -> List.of(
                                nullToEmpty(member.name()),
                                nullToEmpty(member.department()),
                                nullToEmpty(member.role())))
                        .toList());
    }

    private static void problem(DocumentLayout layout, DocumentTexts texts, String number, Problem problem) {
        layout.heading(texts.text("eightd.d2"));
        layout.fields(List.of(
                new Field(texts.text("eightd.field.number"), number),
                new Field(texts.text("eightd.field.customer"), problem.customerName()),
                new Field(texts.text("eightd.field.product"), problem.product()),
                new Field(texts.text("eightd.field.lot"), problem.lot()),
                new Field(texts.text("eightd.field.received"), texts.date(problem.received())),
                new Field(texts.text("eightd.field.type"), problem.type()),
                new Field(texts.text("eightd.field.severity"), problem.severity()),
                new Field(texts.text("eightd.field.quantity"), problem.quantityAffected()),
                new Field(texts.text("eightd.field.statement"), problem.customerStatement())));
    }

    private static void rootCause(DocumentLayout layout, DocumentTexts texts, RootCause cause) {
        layout.heading(texts.text("eightd.d4"));
        List<String> whys = cause.whys().stream()
                .filter(why -> why != null && !why.isBlank())
                .toList();
        if (whys.isEmpty()) {
            layout.note(texts.text("eightd.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < whys.size(); i++) {
                rows.add(List.of(texts.text("eightd.why", i + 1), whys.get(i).strip()));
            }
            layout.table(
                    List.of(texts.text("eightd.col.why"), texts.text("eightd.col.answer")),
                    new float[] {1.6f, 8f},
                    rows);
        }
        String statement = cause.statement() == null || cause.statement().isBlank()
                ? (whys.isEmpty() ? null : whys.get(whys.size() - 1))
                : cause.statement();
        layout.fields(List.of(
                new Field(texts.text("eightd.field.category"), category(texts, cause.ishikawaCategory())),
                new Field(texts.text("eightd.field.rootCause"), statement)));
    }

    private static void actions(
            DocumentLayout layout,
            DocumentTexts texts,
            List<Action> actions,
            List<String> headerKeys,
            float[] widths,
            Function<Action, List<String>> columns) {
        if (actions.isEmpty()) {
            layout.note(texts.text("eightd.none"));
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(texts.text("eightd.col.number"));
        headerKeys.forEach(key -> headers.add(texts.text(key)));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.add(nullToEmpty(action.description()));
            columns.apply(action).forEach(value -> row.add(nullToEmpty(value)));
            rows.add(row);
        }
        layout.table(headers, widths, rows);
    }

    private static void closure(DocumentLayout layout, DocumentTexts texts, EightDReportContent.Closure closure) {
        layout.heading(texts.text("eightd.d8"));
        if (closure == null || closure.closedOn() == null) {
            layout.note(texts.text("eightd.open"));
            return;
        }
        layout.fields(List.of(
                new Field(texts.text("eightd.field.closedOn"), texts.date(closure.closedOn())),
                new Field(texts.text("eightd.field.closedBy"), closure.closedBy()),
                new Field(texts.text("eightd.field.remark"), closure.remark())));
    }

    /** A 6M constant name becomes its label in the report's language; anything else prints as is. */
    private static String category(DocumentTexts texts, String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String name = category.strip();
        return texts.textOr("ishikawa." + name.toUpperCase(Locale.ROOT), name);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
