package com.qualitydesk.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The fixed texts of a printed document in one of the two document languages. Documents are
 * written in English or Simplified Chinese only (the contact's language, CF-12); any other locale
 * is printed in English.
 */
public final class DocumentTexts {

    private final ResourceBundle bundle;
    private final Locale language;
    private final DateTimeFormatter dates;

    private DocumentTexts(ResourceBundle bundle, Locale language) {
        this.bundle = bundle;
        this.language = language;
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), language);
    }

    /**
     * The texts of a bundle in the document language closest to the requested one.
     *
     * @param baseName the bundle, e.g. "com.qualitydesk.feedback.document.documents"
     */
    public static DocumentTexts of(String baseName, Locale requested) {
        Locale language = language(requested);
        // no fallback to the server's default locale: an English letter must stay English on a
        // server that runs in zh_CN
        ResourceBundle bundle = ResourceBundle.getBundle(
                baseName,
                language,
                DocumentTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new DocumentTexts(bundle, language);
    }

    /** Simplified Chinese for any Chinese locale, English for everything else. */
    public static Locale language(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.ENGLISH;
    }

    /** The document language of a stored language code such as "en" or "zh_CN". */
    public static Locale language(String code) {
        return language(code == null ? null : Locale.forLanguageTag(code.replace('_', '-')));
    }

    public Locale language() {
        return language;
    }

    /** The text of a key, with {0}... placeholders filled in. */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    /** The text of a key if the bundle has it, otherwise the fallback (e.g. a free-text value). */
    public String textOr(String key, String fallback) {
        Objects.requireNonNull(key, "key");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A date as written in the document language, e.g. "25 November 2026" or "2026年11月25日". */
    public String date(LocalDate date) {
        return date == null ? DocumentLayout.NOT_RECORDED : dates.format(date);
    }
}
