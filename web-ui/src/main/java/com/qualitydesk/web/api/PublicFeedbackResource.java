package com.qualitydesk.web.api;

import com.qualitydesk.intake.IntakeKeys;
import com.qualitydesk.intake.PublicIntake;
import com.qualitydesk.intake.WebsiteFeedback;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.web.shared.TooManyRequests;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    /** Longer than any key {@link IntakeKeys} generates. */
    static final int MAX_KEY = 200;

    /** The operation as the OpenAPI document describes it, for both its media types. */
    static final String SUMMARY = "Forward a visitor's feedback from the company website";

    static final String DESCRIPTION =
            "Creates a received feedback item for Sales (CF-01) and answers its public reference,"
                    + " which the website shows to the visitor. An attachment (picture, PDF, office document,"
                    + " text; at most the configured size, 10 MB by default) may be sent as base64. The"
                    + " hourly limit counts per visitor address: send it as X-Forwarded-For, otherwise the"
                    + " website's own address counts for all visitors. Texts follow Accept-Language (en,"
                    + " zh-CN). The same call takes a form post (multipart/form-data) as an HTML form sends"
                    + " it: fields company, name, contact, product, description, website (the honeypot) and a"
                    + " file part named attachment; parts of other names are ignored there, while an unknown"
                    + " field of the JSON body is refused.";

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
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiJson.WebsiteFeedbackJson.class)),
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(
            responseCode = "201",
            description = "Received; the reference to show to the visitor",
            content = @Content(schema = @Schema(implementation = ApiJson.Reference.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON of this shape (an unknown field is refused too), or fields are"
                    + " refused: problems lists every field and why; nothing stored")
    @APIResponse(responseCode = "401", description = "No or unknown X-Api-Key")
    @APIResponse(
            responseCode = "413",
            description = "The attachment is larger than the configured size, or the body larger than 30 MB")
    @APIResponse(responseCode = "415", description = "Neither JSON nor a form post")
    @APIResponse(
            responseCode = "422",
            description = "The attachment's kind is refused (an executable, say); nothing stored")
    @APIResponse(
            responseCode = "429",
            description = "Too many submissions from this address within the hour; see Retry-After")
    public Response receive(
            @Parameter(description = "the key the administrator generated", schema = @Schema(maxLength = MAX_KEY))
                    @HeaderParam(HEADER)
                    String key,
            @Parameter(description = "the visitor's address as the website saw it; the first entry counts")
                    @HeaderParam(FORWARDED_FOR)
                    String forwardedFor,
            @Context HttpHeaders headers,
            ApiJson.WebsiteFeedbackJson body) {
        if (!keys.accepts(key)) {
            throw new ApiProblem(401, "intake.api.key")
                    .header("WWW-Authenticate", "ApiKey realm=\"Quality Desk\", header=\"" + HEADER + "\"");
        }
        if (body == null) {
            throw new ApiProblem(400, "api.body.empty");
        }
        WebsiteFeedback form = body.form();
        Set<ConstraintViolation<WebsiteFeedback>> invalid = validator.validate(form);
        if (!invalid.isEmpty()) {
            throw ApiProblem.fields(Problems.fields(invalid, Problems.locale(headers)));
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
                throw ApiProblem.fields(List.of(new ApiJson.FieldProblem(
                        "attachment.content",
                        "intake.api.base64",
                        UserMessages.format(Problems.locale(headers), "intake.api.base64"))));
            }
        }
        // a refusal of the intake (the attachment) goes on to the problem mappers; the hourly limit
        // says how long this address waits
        String address = clientAddress(forwardedFor);
        String reference;
        try {
            reference = intake.submit(form, address, fileName, content);
        } catch (RuleViolation rule) {
            if (!rule.getMessageKey().equals("intake.tooMany")) {
                throw rule;
            }
            Duration wait = intake.waitFor(address);
            throw new ApiProblem(TooManyRequests.STATUS, rule.getMessageKey(), rule.getArguments())
                    .header(
                            "Retry-After",
                            String.valueOf(TooManyRequests.seconds(wait == null ? Duration.ofSeconds(1) : wait)));
        }
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiJson.Reference(reference))
                .build();
    }

    /**
     * The same intake as a form post (multipart/form-data), as a website's HTML form sends it: the
     * fields by name, the file as the part "attachment". Parts of other names are ignored, unlike
     * unknown fields of the JSON variant ({@link StrictJsonBodies}): an HTML form carries fields of
     * its own (a submit button's name, a CSRF token), and refusing them would refuse the visitor's
     * comment (CC-02) for what the website's page added.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = API_KEY)
    // the same description as the JSON variant: the two methods are one operation of the OpenAPI
    // document, and the server takes the description of the one it reads last
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiJson.WebsiteFeedbackJson.class)),
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(
            responseCode = "201",
            description = "Received; the reference to show to the visitor",
            content = @Content(schema = @Schema(implementation = ApiJson.Reference.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON of this shape (an unknown field is refused too), or fields are"
                    + " refused: problems lists every field and why; nothing stored")
    @APIResponse(responseCode = "401", description = "No or unknown X-Api-Key")
    @APIResponse(
            responseCode = "413",
            description = "The attachment is larger than the configured size, or the body larger than 30 MB")
    @APIResponse(responseCode = "415", description = "Neither JSON nor a form post")
    @APIResponse(
            responseCode = "422",
            description = "The attachment's kind is refused (an executable, say); nothing stored")
    @APIResponse(
            responseCode = "429",
            description = "Too many submissions from this address within the hour; see Retry-After")
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
            if (part.getName() == null) {
                continue;
            }
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
}
