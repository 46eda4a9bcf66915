package com.qualitydesk.web.api;

import com.qualitydesk.intake.IntakeKeys;
import com.qualitydesk.intake.PublicIntake;
import com.qualitydesk.intake.WebsiteFeedback;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.web.shared.TooManyRequests;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/public/feedback: the company website's own feedback form forwards what a visitor
 * wrote (CC-02). No Quality Desk account: the website proves itself with the key the administrator
 * generated (header X-Api-Key). The checks are those of the public page: fields, attachment, hourly
 * limit per address, honeypot.
 */
@Path("public/feedback")
@RequestScoped
@Tag(name = "Website feedback", description = "Feedback from the company website (CC-02)")
@SecurityScheme(
        securitySchemeName = PublicFeedbackResource.API_KEY,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = PublicFeedbackResource.HEADER)
public class PublicFeedbackResource {

    static final String API_KEY = "websiteKey";
    static final String HEADER = "X-Api-Key";

    /**
     * The visitor's address as the website saw it. Trusted only from a caller that presented a valid
     * key: the website's server is then the one client address Quality Desk sees, and without the
     * visitor's own address the hourly limit would count all visitors as one.
     */
    static final String FORWARDED_FOR = "X-Forwarded-For";

    /** More than the largest attachment a setting allows, so the service can name the limit. */
    static final int MAX_FILE_BYTES = 21 * 1024 * 1024;

    static final int MAX_FIELD_BYTES = 64 * 1024;

    @Inject
    IntakeKeys keys;

    @Inject
    PublicIntake intake;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = API_KEY)
    @Operation(
            summary = "Forward a visitor's feedback from the company website",
            description = "Creates a received feedback item for Sales (CF-01) and answers its public reference,"
                    + " which the website shows to the visitor. An attachment (picture, PDF, office document,"
                    + " text; at most the configured size, 10 MB by default) may be sent as base64. The"
                    + " hourly limit counts per visitor address: send it as X-Forwarded-For, otherwise the"
                    + " website's own address counts for all visitors. Texts follow Accept-Language (en,"
                    + " zh-CN).")
    @APIResponse(
            responseCode = "201",
            description = "Received; the reference to show to the visitor",
            content = @Content(schema = @Schema(implementation = ApiJson.Reference.class)))
    @APIResponse(responseCode = "401", description = "No or unknown X-Api-Key")
    @APIResponse(
            responseCode = "422",
            description = "A field or the attachment is refused; nothing stored",
            content = @Content(schema = @Schema(implementation = ApiJson.Refusal.class)))
    @APIResponse(responseCode = "429", description = "Too many submissions from this address within the hour")
    public Response receive(
            @HeaderParam(HEADER) String key,
            @HeaderParam(FORWARDED_FOR) String forwardedFor,
            @Context HttpHeaders headers,
            ApiJson.WebsiteFeedbackJson body) {
        Locale locale = MasterDataResource.locale(headers);
        if (!keys.accepts(key)) {
            return MasterDataResource.error(
                    Response.Status.UNAUTHORIZED, "unauthorized", UserMessages.format(locale, "intake.api.key"));
        }
        if (body == null) {
            return refusal(
                    locale, List.of(new ApiJson.FieldProblem(null, UserMessages.format(locale, "intake.api.empty"))));
        }
        WebsiteFeedback form = body.form();
        Set<ConstraintViolation<WebsiteFeedback>> invalid = validator.validate(form);
        if (!invalid.isEmpty()) {
            return refusal(locale, problems(invalid, locale));
        }
        byte[] content = null;
        String fileName = null;
        if (body.attachment() != null) {
            fileName = body.attachment().fileName();
            try {
                content = body.attachment().content() == null
                        ? new byte[0]
                        : Base64.getMimeDecoder().decode(body.attachment().content());
            } catch (IllegalArgumentException e) {
                return refusal(
                        locale,
                        List.of(new ApiJson.FieldProblem(
                                "attachment", UserMessages.format(locale, "intake.api.base64"))));
            }
        }
        String address = clientAddress(forwardedFor);
        try {
            String reference = intake.submit(form, address, fileName, content);
            return Response.status(Response.Status.CREATED)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiJson.Reference(reference))
                    .build();
        } catch (RuleViolation | EJBException | ConstraintViolationException refused) {
            return refused(refused, locale, address);
        }
    }

    /**
     * The same intake as a form post (multipart/form-data), as a website's HTML form sends it: the
     * fields by name, the file as the part "attachment".
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = API_KEY)
    @Operation(
            summary = "Forward a visitor's feedback as a form post with an optional file",
            description = "Fields company, name, contact, product, description, website (the honeypot) and a file"
                    + " part named attachment. Answers as the JSON variant.")
    @APIResponse(
            responseCode = "201",
            description = "Received; the reference to show to the visitor",
            content = @Content(schema = @Schema(implementation = ApiJson.Reference.class)))
    @APIResponse(responseCode = "401", description = "No or unknown X-Api-Key")
    @APIResponse(responseCode = "422", description = "A field or the attachment is refused; nothing stored")
    @APIResponse(responseCode = "429", description = "Too many submissions from this address within the hour")
    public Response receiveForm(
            @HeaderParam(HEADER) String key,
            @HeaderParam(FORWARDED_FOR) String forwardedFor,
            @Context HttpHeaders headers,
            List<EntityPart> parts)
            throws IOException {
        var fields = new HashMap<String, String>();
        String fileName = null;
        byte[] content = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getName().equals("attachment") && part.getFileName().isPresent()) {
                fileName = part.getFileName().get();
                content = part.getContent().readNBytes(MAX_FILE_BYTES);
            } else {
                fields.put(
                        part.getName(),
                        new String(part.getContent().readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8));
            }
        }
        String base64 = content == null ? null : Base64.getEncoder().encodeToString(content);
        return receive(
                key,
                forwardedFor,
                headers,
                new ApiJson.WebsiteFeedbackJson(
                        fields.get("company"),
                        fields.get("name"),
                        fields.get("contact"),
                        fields.get("product"),
                        fields.get("description"),
                        fields.get("website"),
                        fileName == null || fileName.isBlank() ? null : new ApiJson.FileJson(fileName, base64)));
    }

    private Response refused(RuntimeException refused, Locale locale, String address) {
        Throwable t = refused;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof RuleViolation rule) {
                String message = UserMessages.format(locale, rule.getMessageKey(), rule.getArguments());
                if (rule.getMessageKey().equals("intake.tooMany")) {
                    Duration wait = intake.waitFor(address);
                    return Response.status(TooManyRequests.STATUS, "Too Many Requests")
                            .header("Retry-After", TooManyRequests.seconds(wait == null ? Duration.ofSeconds(1) : wait))
                            .type(MediaType.APPLICATION_JSON)
                            .entity(new ApiJson.Error("intake.tooMany", message))
                            .build();
                }
                return refusal(locale, List.of(new ApiJson.FieldProblem("attachment", message)));
            }
            if (t instanceof ConstraintViolationException invalid) {
                @SuppressWarnings("unchecked")
                var violations = (Set<ConstraintViolation<WebsiteFeedback>>) (Set<?>) invalid.getConstraintViolations();
                return refusal(locale, problems(violations, locale));
            }
            t = t instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException()
                    : t.getCause();
        }
        throw refused;
    }

    /**
     * The address the hourly limit counts for: the visitor's, as the authenticated website reports
     * it (the first entry of X-Forwarded-For), else the caller's own.
     */
    private String clientAddress(String forwardedFor) {
        if (forwardedFor != null && !forwardedFor.isBlank()) {
            String first = forwardedFor.split(",")[0].strip();
            if (!first.isEmpty() && first.length() <= 64) {
                return "website:" + first;
            }
        }
        return request.getRemoteAddr();
    }

    private static Response refusal(Locale locale, List<ApiJson.FieldProblem> problems) {
        return Response.status(422, "Unprocessable Entity")
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiJson.Refusal("invalid", UserMessages.format(locale, "intake.api.invalid"), problems))
                .build();
    }

    static List<ApiJson.FieldProblem> problems(Set<ConstraintViolation<WebsiteFeedback>> invalid, Locale locale) {
        var list = new ArrayList<ApiJson.FieldProblem>();
        for (var v : invalid) {
            list.add(new ApiJson.FieldProblem(v.getPropertyPath().toString(), text(v, locale)));
        }
        list.sort(Comparator.comparing(ApiJson.FieldProblem::field));
        return list;
    }

    /** Bean Validation templates in the caller's language, not the server's. */
    static String text(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            try {
                return ResourceBundle.getBundle("ValidationMessages", locale)
                        .getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException ignored) {
                // the interpolated text below
            }
        }
        return v.getMessage();
    }
}
