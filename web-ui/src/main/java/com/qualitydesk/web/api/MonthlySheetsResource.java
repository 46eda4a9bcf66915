package com.qualitydesk.web.api;

import com.qualitydesk.figures.FigureSource;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.MonthlySheets;
import com.qualitydesk.figures.SheetDepartment;
import com.qualitydesk.figures.SheetFigure;
import com.qualitydesk.figures.SheetStatus;
import com.qualitydesk.figures.SheetValue;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CS-09 GET /api/figures/sheets/{department}/{month}: a department's monthly operating sheet for
 * BI tools and reports: its state, who submitted and accepted it and when, and every figure with
 * its unit, its source (from records, entered, imported, corrected, or computed for a rate) and
 * its product family or characteristic. Parameters are read strictly; every refusal is a problem.
 */
@Path("figures/sheets")
@RequestScoped
@Tag(name = "Figures", description = "Process capability of the important processes (CS-09)")
public class MonthlySheetsResource {

    @Inject
    MonthlySheets sheets;

    @Inject
    Clock clock;

    @Schema(description = "One value of a figure of the sheet")
    public record FigureJson(
            @Schema(description = "the figure's key, e.g. QUALITY_LOTS_PASSED (the same keys as the indicators')")
                    String key,
            @Schema(
                            description = "the value; left out where there is no data (a rate of nothing, a Cpk without"
                                    + " measurements), never NaN")
                    BigDecimal value,
            @Schema(description = "COUNT, PERCENT, INDEX or CNY") String unit,
            @Schema(
                            description =
                                    "RECORDS (counted from the system's records), ENTERED, IMPORTED, CORRECTED, or"
                                            + " COMPUTED for a rate")
                    String source,
            @Schema(description = "the product family, left out for the company's value") String productFamily,
            @Schema(description = "workshop · process · characteristic of a capability index") String characteristic,
            @Schema(description = "the main defect of QUALITY_FAILED_LOTS (the Pareto of failed lots)")
                    String defect) {}

    @Schema(description = "A department's monthly operating sheet (CS-09)")
    public record SheetJson(
            @Schema(description = "SALES, QUALITY, PRODUCTION or FINANCE") String department,
            @Schema(description = "yyyy-MM") String month,
            @Schema(description = "NOT_STARTED, DRAFT, SUBMITTED or ACCEPTED") String status,
            @Schema(description = "when it is due to Sales, ISO-8601; left out for a sheet nobody opened") String dueAt,
            String submittedBy,
            String submittedAt,
            @Schema(description = "submitted after its deadline") Boolean late,
            String acceptedBy,
            String acceptedAt,
            String remark,
            @Schema(description = "the pass-rate objective in percent (CS09_PASS_RATE_OBJECTIVE)")
                    BigDecimal passRateObjective,
            List<FigureJson> figures) {}

    @GET
    @RolesAllowed({
        Role.SALES,
        Role.QUALITY,
        Role.TECHNICAL,
        Role.PRODUCTION,
        Role.FINANCE,
        Role.OFFICE,
        Role.GENERAL_MANAGER,
        Role.ADMIN
    })
    @Path("{department}/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A department's monthly operating sheet",
            description = "Every department but SERVICE reads (HTTP Basic). The stored figures per product family or"
                    + " characteristic, and the rates computed from them for the company and per family. A month"
                    + " nobody opened yet is NOT_STARTED without figures.")
    @APIResponse(
            responseCode = "200",
            description = "The sheet",
            content = @Content(schema = @Schema(implementation = SheetJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "The department or the month is refused; the problem names the parameter")
    @APIResponse(responseCode = "404", description = "The month has not begun: it has no sheet")
    public Response sheet(
            @Parameter(
                            description = "SALES, QUALITY, PRODUCTION or FINANCE",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"SALES", "QUALITY", "PRODUCTION", "FINANCE"}))
                    @PathParam("department")
                    SheetDepartment department,
            @Parameter(ref = DocumentAnswers.MONTH) @PathParam("month") String month) {
        YearMonth wanted = month(month);
        if (wanted.isAfter(YearMonth.now(clock))) {
            throw new ApiProblem(404, "api.sheet.notBegun", wanted.toString());
        }
        var objective = sheets.targets().passRateObjective();
        return Response.ok(sheets.find(department, wanted)
                        .map(s -> json(s, objective))
                        .orElseGet(() -> new SheetJson(
                                department.name(),
                                wanted.toString(),
                                SheetStatus.NOT_STARTED.name(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                objective,
                                List.of())))
                .build();
    }

    @GET
    @RolesAllowed({
        Role.SALES,
        Role.QUALITY,
        Role.TECHNICAL,
        Role.PRODUCTION,
        Role.FINANCE,
        Role.OFFICE,
        Role.GENERAL_MANAGER,
        Role.ADMIN
    })
    @Path("{department}/{month}/document")
    @Produces(DocumentAnswers.PDF)
    @Operation(
            summary = "A department's monthly operating sheet as its printed PDF",
            description = "The record Sales files (CS-09), in English or Chinese, with the Pareto of failed lots for"
                    + " Quality and the capability per characteristic for Production.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = DocumentAnswers.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "400",
            description = "The department, the month or the language is refused; the problem names the parameter")
    @APIResponse(responseCode = "404", description = "Nobody has opened the sheet of that month")
    public Response document(
            @Parameter(
                            description = "SALES, QUALITY, PRODUCTION or FINANCE",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"SALES", "QUALITY", "PRODUCTION", "FINANCE"}))
                    @PathParam("department")
                    SheetDepartment department,
            @Parameter(ref = DocumentAnswers.MONTH) @PathParam("month") String month,
            @Parameter(ref = DocumentAnswers.LANGUAGE) @QueryParam("language") String language) {
        YearMonth wanted = month(month);
        String chosen = DocumentAnswers.language(language);
        if (sheets.find(department, wanted).isEmpty()) {
            throw new ApiProblem(404, "api.sheet.notStarted", department.name(), wanted.toString());
        }
        return DocumentAnswers.pdf(
                sheets.pdf(department, wanted, chosen),
                "sheet-" + department.name().toLowerCase(java.util.Locale.ROOT) + "-" + wanted + "-" + chosen);
    }

    /** yyyy-MM, strictly: "2026-3", "03-2026" or "2026-13" are refused by name. */
    static YearMonth month(String value) {
        if (value != null && value.strip().matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw ApiProblem.parameter("month", null, "api.parameter.month", "month");
    }

    private static SheetJson json(MonthlySheet sheet, BigDecimal objective) {
        var figures = new ArrayList<FigureJson>();
        for (SheetValue v : sheet.getValues()) {
            figures.add(new FigureJson(
                    v.getFigure().name(),
                    v.getValue(),
                    v.getFigure().unit().name(),
                    v.getSource().name(),
                    blank(v.getProductFamily()),
                    blank(v.getCharacteristic()),
                    blank(v.getDefect())));
        }
        for (SheetFigure rate : SheetFigure.of(sheet.getDepartment())) {
            if (!rate.isRate()) {
                continue;
            }
            figures.add(computed(rate, sheet.valueOf(rate).orElse(null), null));
            if (rate.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY) {
                for (String family : sheet.families()) {
                    figures.add(computed(rate, sheet.valueOf(rate, family).orElse(null), family));
                }
            }
        }
        return new SheetJson(
                sheet.getDepartment().name(),
                sheet.getMonth().toString(),
                sheet.getStatus().name(),
                text(sheet.getDueAt()),
                sheet.getSubmittedBy(),
                text(sheet.getSubmittedAt()),
                sheet.getSubmittedAt() == null ? null : sheet.isSubmittedLate(),
                sheet.getAcceptedBy(),
                text(sheet.getAcceptedAt()),
                sheet.getRemark(),
                objective,
                figures);
    }

    private static FigureJson computed(SheetFigure rate, BigDecimal value, String family) {
        return new FigureJson(rate.name(), value, rate.unit().name(), COMPUTED, blank(family), null, null);
    }

    /** A rate's source: computed from its two counts, never stored ({@link FigureSource} names the stored ones). */
    static final String COMPUTED = "COMPUTED";

    private static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
