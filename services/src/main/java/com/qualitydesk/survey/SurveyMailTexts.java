package com.qualitydesk.survey;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the mails to customers, in the contact's language (CS-04, CS-05, CS-06). */
final class SurveyMailTexts {

    private static final String BUNDLE = "com.qualitydesk.survey.SurveyMail";

    private SurveyMailTexts() {}

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The key of an invitation's subject or body ("subject", "body"): the year-end satisfaction
     * letter has a text of its own, a cycle's survey the usual one (CS-01).
     */
    static String invitation(SurveyCampaign campaign, String part) {
        return (campaign.isYearEndLetter() ? "yearEnd.invitation." : "invitation.") + part;
    }

    static String text(String language, String key, Object... args) {
        var bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var format = new MessageFormat(bundle.getString(key), locale(language));
        return format.format(args);
    }
}
