package com.qualitydesk.web.api;

import com.qualitydesk.customer.MasterDataImport;
import com.qualitydesk.customer.MasterDataKind;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.web.customer.ImportTexts;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/master-data/{kind}: the import of the import screen for other systems (CC-01). The
 * body is the file itself, CSV (text/csv) or an Excel workbook (application/octet-stream or the
 * xlsx media type). All of it is imported, or nothing, and the answer lists every bad line.
 */
@Path("master-data/{kind}")
@RequestScoped
@Tag(name = "Master data", description = "Import of customers, contacts, contracts, products, deliveries (CC-01)")
public class MasterDataResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    MasterDataImport importer;

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a master-data file",
            description = "Checks the whole file; if any line is bad nothing is stored and every bad line is"
                    + " listed (422). Otherwise all lines are stored in one transaction (200): existing records,"
                    + " found by their natural key, are updated, the others created. Columns: see the import"
                    + " screen or the sample files under /resources/qd/samples/. SALES and ADMIN import;"
                    + " products need TECHNICAL, QUALITY or ADMIN as well.")
    @RequestBody(
            required = true,
            description =
                    "The file: CSV in UTF-8 with a header line, or an Excel workbook (first sheet), at most 10 MB",
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "200",
            description = "Imported; the counts say how many records were created, updated or unchanged",
            content = @Content(schema = @Schema(implementation = ApiJson.ImportResult.class)))
    @APIResponse(
            responseCode = "422",
            description = "Refused, nothing stored; problems lists every bad line with its number and reason",
            content = @Content(schema = @Schema(implementation = ApiJson.ImportResult.class)))
    @APIResponse(responseCode = "401", description = "No or wrong HTTP Basic credentials")
    @APIResponse(
            responseCode = "403",
            description = "The account's departments may not import this kind",
            content = @Content(schema = @Schema(implementation = ApiJson.Error.class)))
    @APIResponse(responseCode = "404", description = "Unknown kind")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    public Response importFile(
            @Parameter(
                            description = "customers, contacts, contracts, products or deliveries",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "customers",
                                                "contacts",
                                                "contracts",
                                                "products",
                                                "deliveries"
                                            }))
                    @PathParam("kind")
                    String kindName,
            @Parameter(description = "the file name shown in the report and the audit, e.g. customers.csv")
                    @QueryParam("fileName")
                    String fileName,
            @Context HttpHeaders headers,
            InputStream body)
            throws IOException {
        Locale locale = locale(headers);
        MasterDataKind kind;
        try {
            kind = MasterDataKind.parse(kindName);
        } catch (IllegalArgumentException e) {
            return error(
                    Response.Status.NOT_FOUND,
                    "unknownKind",
                    "Unknown kind " + kindName + "; one of "
                            + Arrays.stream(MasterDataKind.values())
                                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                                    .toList());
        }
        byte[] content = body == null ? new byte[0] : body.readNBytes(MasterDataImport.MAX_BYTES + 1);
        if (content.length > MasterDataImport.MAX_BYTES) {
            return error(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "import.tooLarge",
                    UserMessages.format(locale, "import.tooLarge", MasterDataImport.MAX_BYTES / (1024 * 1024)));
        }
        String name = fileName == null || fileName.isBlank() ? defaultName(kind, headers) : fileName.strip();
        try {
            var report = importer.importFile(kind, name, content);
            return Response.status(report.imported() ? 200 : 422, report.imported() ? "OK" : "Unprocessable Entity")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(ApiJson.ImportResult.of(report, locale))
                    .build();
        } catch (RuleViolation | EJBException refused) {
            return refusal(refused, locale);
        }
    }

    /** A refused call as JSON: a rule (403 for a kind the caller may not import), a missing right. */
    private static Response refusal(RuntimeException refused, Locale locale) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation rule) {
                Response.Status status =
                        switch (rule.getMessageKey()) {
                            case "import.kind.forbidden" -> Response.Status.FORBIDDEN;
                            case "import.tooLarge" -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                            default -> Response.Status.BAD_REQUEST;
                        };
                return error(
                        status,
                        rule.getMessageKey(),
                        UserMessages.format(locale, rule.getMessageKey(), rule.getArguments()));
            }
            if (t instanceof EJBAccessException) {
                return error(
                        Response.Status.FORBIDDEN, "error.forbidden", UserMessages.format(locale, "error.forbidden"));
            }
        }
        throw refused;
    }

    private static String defaultName(MasterDataKind kind, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        boolean csv = type == null || type.getType().equals("text");
        return kind.name().toLowerCase(Locale.ROOT) + (csv ? ".csv" : ".xlsx");
    }

    static Locale locale(HttpHeaders headers) {
        var languages = headers.getAcceptableLanguages();
        return ImportTexts.locale(languages.isEmpty() ? null : languages.get(0).toLanguageTag());
    }

    static Response error(Response.Status status, String error, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiJson.Error(error, message))
                .build();
    }
}
