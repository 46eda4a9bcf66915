package com.qualitydesk.aftersales.document;

import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.document.DocumentFrame;
import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.document.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed after-sales documents, in the house style of {@link DocumentLayout} with its CJK font:
 * the written confirmation of a telephone service (AS-03, in the contact's language) and the
 * on-site service record as the customer signed it (AS-04, with the signature and the SHA-256 of
 * the signed content).
 */
public final class ServiceRecordDocuments {

    static final String BUNDLE = "com.qualitydesk.aftersales.document.documents";

    private ServiceRecordDocuments() {}

    /** AS-03: the letter that confirms in writing what was said on the telephone. */
    public static byte[] confirmationLetter(ServiceRecord record, String language, LocalDate date, ZoneId zone) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, DocumentTexts.language(language));
        String contact =
                record.getContact() == null ? null : record.getContact().getName();
        String when = time(texts, record.getOccurredAt(), zone);
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("confirmation.title"),
                record.getReference(),
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            layout.fields(List.of(
                    new Field(texts.text("confirmation.field.reference"), record.getReference()),
                    new Field(texts.text("confirmation.field.date"), texts.date(date)),
                    new Field(texts.text("confirmation.field.customer"), customer(record, texts)),
                    new Field(texts.text("confirmation.field.contact"), contact),
                    new Field(texts.text("confirmation.field.lot"), lot(record)),
                    new Field(texts.text("confirmation.field.call"), when),
                    new Field(texts.text("confirmation.field.servedBy"), record.getServedBy())));
            layout.space(6f);
            layout.paragraph(
                    contact == null || contact.isBlank()
                            ? texts.text("confirmation.salutation.anonymous")
                            : texts.text("confirmation.salutation", contact));
            layout.paragraph(texts.text("confirmation.opening", when));
            layout.heading(texts.text("confirmation.heading.summary"));
            layout.paragraph(DocumentLayout.orNotRecorded(record.getSummary()));
            layout.heading(texts.text("confirmation.heading.advice"));
            layout.paragraph(DocumentLayout.orNotRecorded(record.getAdvice()));
            layout.space(8f);
            layout.paragraph(texts.text("confirmation.closing"));
            layout.space(14f);
            layout.paragraph(texts.text("confirmation.regards") + "\n" + record.getServedBy());
        });
    }

    /**
     * AS-04: the on-site record as signed: every field, the drawn signature, the signer and the
     * SHA-256 of {@link ServiceRecord#signedContent()} so that a copy can be checked against it.
     */
    public static byte[] onSiteRecord(ServiceRecord record, byte[] signature, String language, ZoneId zone) {
        DocumentTexts texts = DocumentTexts.of(BUNDLE, DocumentTexts.language(language));
        DocumentFrame frame = new DocumentFrame(
                texts.text("document.letterhead"),
                texts.text("onsite.title"),
                record.getReference(),
                texts.text("document.page"));
        return DocumentLayout.render(frame, layout -> {
            var fields = new ArrayList<Field>(List.of(
                    new Field(texts.text("onsite.field.reference"), record.getReference()),
                    new Field(texts.text("onsite.field.customer"), customer(record, texts)),
                    new Field(texts.text("onsite.field.lot"), lot(record)),
                    new Field(texts.text("onsite.field.servedBy"), record.getServedBy()),
                    new Field(texts.text("onsite.field.arrival"), time(texts, record.getArrivalAt(), zone)),
                    new Field(texts.text("onsite.field.departure"), time(texts, record.getDepartureAt(), zone))));
            if (record.getCorrects() != null) {
                fields.add(new Field(
                        texts.text("onsite.field.corrects"),
                        record.getCorrects().getReference()));
            }
            layout.fields(fields);
            layout.heading(texts.text("onsite.heading.work"));
            layout.paragraph(DocumentLayout.orNotRecorded(record.getWorkDone()));
            layout.heading(texts.text("onsite.heading.parts"));
            layout.paragraph(DocumentLayout.orNotRecorded(record.getPartsReplaced()));
            layout.heading(texts.text("onsite.heading.findings"));
            layout.paragraph(DocumentLayout.orNotRecorded(record.getFindings()));
            layout.heading(texts.text("onsite.heading.opinion"));
            layout.paragraph(DocumentLayout.orNotRecorded(record.getCustomerOpinion()));
            layout.heading(texts.text("onsite.heading.signature"));
            if (record.isSigned() && signature != null) {
                layout.image(signature, 220f, 90f);
                layout.paragraph(
                        texts.text("onsite.signedBy", record.getSignerName(), time(texts, record.getSignedAt(), zone)));
            } else {
                layout.paragraph(texts.text("onsite.notSigned"));
            }
            if (record.getContentHash() != null) {
                layout.note(texts.text("onsite.hash", record.getContentHash()));
            }
        });
    }

    private static String customer(ServiceRecord record, DocumentTexts texts) {
        var c = record.getCustomer();
        return c == null
                ? null
                : c.getCode() + " · "
                        + c.displayName(texts.language().getLanguage().equals("zh") ? "zh_CN" : "en");
    }

    private static String lot(ServiceRecord record) {
        var d = record.getDelivery();
        return d == null ? null : d.getProduct().getCode() + " · " + d.getLotNumber();
    }

    private static String time(DocumentTexts texts, Instant moment, ZoneId zone) {
        return moment == null
                ? null
                : DateTimeFormatter.ofPattern(texts.text("time.pattern"), texts.language())
                        .format(moment.atZone(zone));
    }
}
