package com.qualitydesk.web.api;

import com.qualitydesk.customer.MasterDataImport;
import com.qualitydesk.customer.MasterDataKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.List;
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
 * xlsx media type). All of it is imported, or nothing, and the answer lists every bad line (a 422
 * problem). Every other refusal is a problem too (see {@link Problems}).
 */
@Path("master-data/{kind}")
@RequestScoped
@Tag(
        name = "Master data",
        description =
                "Import of customers, contacts, contracts, products, deliveries and the ERP's inquiries and orders (CC-01)")
public class MasterDataResource {

    static final String XLSX = DocumentAnswers.XLSX;
    static final String CSV = "text/csv";

    static final int MAX_FILE_NAME = 255;

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
            content =
                    @Content(
                            mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(implementation = ApiJson.ImportRefusalJson.class)))
    @APIResponse(responseCode = "400", description = "The file name is refused")
    @APIResponse(responseCode = "403", description = "The account's departments may not import this kind")
    @APIResponse(responseCode = "404", description = "Unknown kind; the problem lists the kinds")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "415", description = "The body is neither CSV nor an Excel workbook")
    public Response importFile(
            @Parameter(
                            description = "customers, contacts, contracts, products, deliveries or communications"
                                    + " (the ERP's inquiries and orders)",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "customers",
                                                "contacts",
                                                "contracts",
                                                "products",
                                                "deliveries",
                                                "communications"
                                            }))
                    @PathParam("kind")
                    String kindName,
            @Parameter(
                            description = "the file name shown in the report and the audit, e.g. customers.csv",
                            schema = @Schema(maxLength = MAX_FILE_NAME))
                    @QueryParam("fileName")
                    String fileName,
            @Context HttpHeaders headers,
            @Context HttpServletRequest request,
            InputStream body)
            throws IOException {
        MasterDataKind kind;
        try {
            kind = MasterDataKind.parse(kindName);
        } catch (IllegalArgumentException e) {
            List<String> kinds = Arrays.stream(MasterDataKind.values())
                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                    .toList();
            throw ApiProblem.parameter(404, "kind", kinds, "api.parameter.enum", "kind", String.join(", ", kinds));
        }
        // one byte more than the import takes, so that its rule refuses a larger file (413)
        byte[] content = body == null ? new byte[0] : body.readNBytes(MasterDataImport.MAX_BYTES + 1);
        String name = fileName == null || fileName.isBlank() ? defaultName(kind, headers) : fileName.strip();
        // a rule of the import (a kind the caller's departments may not import, a file too large)
        // or a missing right goes on to the problem mappers
        var report = importer.importFile(kind, name, content);
        Locale locale = Problems.locale(headers);
        return report.imported()
                ? Response.ok(ApiJson.ImportResult.of(report, locale)).build()
                : Problems.importRefused(report, locale, request.getRequestURI());
    }

    private static String defaultName(MasterDataKind kind, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        boolean csv = type == null || type.getType().equals("text");
        return kind.name().toLowerCase(Locale.ROOT) + (csv ? ".csv" : ".xlsx");
    }
}
