package com.qualitydesk.web.survey;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the public reply page (CS-04). Kept per browser session because the view's
 * locale is read before any view-scoped bean exists; a customer has no account to store it in.
 */
@Named
@SessionScoped
public class ReplyLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language = "zh_CN";

    public Locale getLocale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "zh_CN";
    }
}
