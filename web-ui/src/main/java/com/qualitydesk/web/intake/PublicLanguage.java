package com.qualitydesk.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of a public page: ?lang=en|zh_CN (the website links the version it shows; the
 * page's forms send it back as a hidden field), else the browser's. Request scoped, because the
 * view's locale is needed before any view exists.
 */
@Named
@RequestScoped
public class PublicLanguage {

    @Inject
    ExternalContext external;

    private Locale locale;

    @PostConstruct
    void init() {
        String lang = external.getRequestParameterMap().get("lang");
        if (lang != null && !lang.isBlank()) {
            locale = lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        } else {
            Locale requested = external.getRequestLocale();
            locale = requested != null && requested.getLanguage().equals("zh")
                    ? Locale.SIMPLIFIED_CHINESE
                    : Locale.ENGLISH;
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    /** The value of ?lang= for this language. */
    public String getCode() {
        return isChinese() ? "zh_CN" : "en";
    }
}
