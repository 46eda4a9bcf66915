package com.qualitydesk.web.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * How the API hands out a document (CS-09, CS-10, IM-03): its media types, the one language
 * parameter every document takes (declared once as the OpenAPI component {@value #LANGUAGE}, see
 * {@link RestApi}), and the download answer, so that every PDF and workbook answers alike.
 */
final class DocumentAnswers {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The OpenAPI parameter component of a document's language. */
    static final String LANGUAGE = "language";
    /** The OpenAPI parameter component of a month in the path, yyyy-MM. */
    static final String MONTH = "month";
    /** The OpenAPI parameter component of the year a management review reviews. */
    static final String REVIEW_YEAR = "year";

    private DocumentAnswers() {}

    /** The document's language: en or zh_CN, en when not given. */
    static String language(String value) {
        if (value == null || value.isBlank()) {
            return "en";
        }
        for (String known : List.of("en", "zh_CN")) {
            if (known.equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return known;
            }
        }
        throw ApiProblem.parameter("language", List.of("en", "zh_CN"), "api.parameter.enum", "language", "en, zh_CN");
    }

    /** A PDF shown in the browser, named for saving. */
    static Response pdf(byte[] content, String name) {
        return Response.ok(content, PDF)
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .build();
    }

    /** A workbook downloaded, named for saving. */
    static Response workbook(byte[] content, String name) {
        return Response.ok(content, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                .build();
    }
}
