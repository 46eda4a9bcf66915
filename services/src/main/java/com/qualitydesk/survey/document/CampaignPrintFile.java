package com.qualitydesk.survey.document;

import com.qualitydesk.document.DocumentLayout;
import com.qualitydesk.document.DocumentTexts;
import java.io.OutputStream;

/**
 * A campaign's paper questionnaires in one PDF to print (CS-04): one questionnaire after the
 * other, each in its recipient's language, starting on a new page and numbering its own pages.
 * The file is written as it is laid out, so a campaign of tens of thousands of recipients is
 * printed from a stream rather than from memory.
 */
public final class CampaignPrintFile {

    private CampaignPrintFile() {}

    /**
     * Writes the questionnaires to the stream, which stays open.
     *
     * @param questionnaires read once, in print order; may be fetched lazily while printing
     */
    public static void write(OutputStream out, String campaignName, Iterable<QuestionnaireContent> questionnaires) {
        DocumentLayout.renderEach(
                out,
                campaignName,
                questionnaires,
                content -> QuestionnaireSheet.frame(texts(content), content),
                (layout, content) -> QuestionnaireSheet.write(layout, texts(content), content));
    }

    private static DocumentTexts texts(QuestionnaireContent content) {
        // bundles are cached by ResourceBundle, so this costs a lookup, not a file read
        return DocumentTexts.of(QuestionnaireSheet.BUNDLE, content.language());
    }
}
