package com.qualitydesk.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address customers reach the public reply page at (qd.public-url, QD_PUBLIC_URL). */
@ApplicationScoped
public class SurveyLinks {

    public static final String REPLY_PATH = "/public/survey/reply.xhtml?t=";

    @Inject
    @ConfigProperty(name = "qd.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String replyLink(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + REPLY_PATH + token;
    }
}
