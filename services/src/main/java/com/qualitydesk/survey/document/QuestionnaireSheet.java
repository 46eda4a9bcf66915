package com.qualitydesk.survey.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaire for a recipient who answers on paper (CS-04): who is asked about which
 * period, every question with a tick box per score and one for "not applicable", a comment line
 * each, and room for further comments. The reply code stands at the top and foot of every page,
 * so a page that comes back by fax on its own still finds its invitation.
 */
public final class QuestionnaireSheet {

    static final String BUNDLE = "com.qualitydesk.survey.document.documents";

    private QuestionnaireSheet() {}

    /** One questionnaire as PDF bytes. */
    public static byte[] render(QuestionnaireContent content) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, content.language());
        return DocumentLayout.render(frame(texts, content), layout -> write(layout, texts, content));
    }

    static DocumentFrame frame(DocumentTexts texts, QuestionnaireContent content) {
        return new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text(content.yearEndLetter() ? "yearEnd.title" : "questionnaire.title"),
                content.replyCode(),
                texts.text("document.page"));
    }

    static void write(DocumentLayout layout, DocumentTexts texts, QuestionnaireContent content) {
        layout.fields(List.of(
                new Field(texts.text("questionnaire.field.campaign"), content.campaignName()),
                new Field(
                        texts.text("questionnaire.field.period"),
                        texts.text(
                                "questionnaire.period",
                                texts.date(content.periodStart()),
                                texts.date(content.periodEnd()))),
                new Field(texts.text("questionnaire.field.customer"), content.customerName()),
                new Field(texts.text("questionnaire.field.contact"), content.contactName()),
                new Field(texts.text("questionnaire.field.replyCode"), content.replyCode()),
                new Field(texts.text("questionnaire.field.deadline"), texts.date(content.deadline()))));
        layout.paragraph(
                isBlank(content.contactName())
                        ? texts.text("questionnaire.salutation.anonymous")
                        : texts.text(
                                "questionnaire.salutation",
                                content.contactName().strip()));
        if (content.yearEndLetter()) {
            // CS-01, seed 002: the letter thanks for the year before it asks about it
            layout.paragraph(texts.text(
                    "yearEnd.intro", String.valueOf(content.periodEnd().getYear())));
        }
        layout.paragraph(texts.text("questionnaire.intro"));

        layout.heading(texts.text("questionnaire.items"));
        List<String> options = new ArrayList<>();
        for (int score = 1; score <= content.scale().size(); score++) {
            options.add(score + " " + content.scale().get(score - 1));
        }
        options.add(texts.text("questionnaire.notApplicable"));
        String comment = texts.text("questionnaire.comment");
        for (int i = 0; i < content.items().size(); i++) {
            layout.question(i + 1, content.items().get(i), options, comment);
        }

        layout.heading(texts.text("questionnaire.freeComment"));
        layout.writingLines(4);
        layout.blanks(List.of(texts.text("questionnaire.completedBy"), texts.text("questionnaire.date")));
        layout.space(4f);
        layout.paragraph(texts.text("questionnaire.return", texts.date(content.deadline())));
        layout.paragraph(texts.text("questionnaire.thanks"));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
