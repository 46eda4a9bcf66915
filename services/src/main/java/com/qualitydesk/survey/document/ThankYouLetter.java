package com.qualitydesk.survey.document;

import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import java.util.List;

/**
 * The letter that thanks a customer for a survey reply (CS-06) when the reply did not come with an
 * e-mail address to thank: dated, in the contact's language, signed by the sales department.
 */
public final class ThankYouLetter {

    private ThankYouLetter() {}

    public static byte[] render(ThankYouLetterContent content) {
        DocumentTexts texts = DocumentTexts.of(QuestionnaireSheet.BUNDLE, content.language());
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("thanks.title"),
                content.replyCode(),
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            layout.fields(List.of(
                    new Field(texts.text("thanks.field.reference"), content.replyCode()),
                    new Field(texts.text("thanks.field.date"), texts.date(content.date())),
                    new Field(texts.text("thanks.field.customer"), content.customerName()),
                    new Field(texts.text("thanks.field.contact"), content.contactName()),
                    new Field(texts.text("thanks.field.survey"), content.campaignName())));
            layout.space(6f);
            layout.paragraph(
                    content.contactName() == null || content.contactName().isBlank()
                            ? texts.text("thanks.salutation.anonymous")
                            : texts.text(
                                    "thanks.salutation", content.contactName().strip()));
            layout.paragraph(texts.text(
                    "thanks.body",
                    content.campaignName(),
                    texts.date(content.receivedOn() == null ? content.date() : content.receivedOn())));
            layout.paragraph(texts.text("thanks.body.use"));
            layout.paragraph(texts.text("thanks.body.closing"));
            layout.space(10f);
            layout.paragraph(texts.text("thanks.closing"));
            layout.space(18f);
            layout.paragraph(texts.text("thanks.signature") + "\n" + texts.text("document.letterhead"));
        });
    }
}
