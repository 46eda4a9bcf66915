package com.qualitydesk.web.customer;

import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.web.shared.UserMessages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The reason of a bad import line in the reader's language, for the import screen and the REST
 * API alike (CC-01). File checks use the screen texts, record validation the validation texts.
 */
public final class ImportTexts {

    private ImportTexts() {}

    public static String describe(Locale locale, ImportProblem problem) {
        String pattern = text(UserMessages.BUNDLE, locale, problem.reason())
                .or(() -> text("ValidationMessages", locale, problem.reason()))
                .or(() -> text(UserMessages.BUNDLE, locale, "import.invalid"))
                .orElse(problem.reason());
        Object[] arguments = problem.arguments().toArray();
        return arguments.length == 0 || !pattern.contains("{")
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    /** English for "en", Simplified Chinese for any Chinese. */
    public static Locale locale(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("zh")
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }

    private static Optional<String> text(String bundle, Locale locale, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(bundle, locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
