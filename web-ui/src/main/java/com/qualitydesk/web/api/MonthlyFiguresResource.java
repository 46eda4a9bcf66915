package com.qualitydesk.web.api;

import com.qualitydesk.figures.MonthlySheets;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CS-09, CS-11, IM-04 GET /api/figures/reports/{month}: the company's monthly figures as one PDF
 * (every department's sheet and the quality objectives of the month), for the general manager's
 * files and the management review.
 */
@Path("figures/reports")
@RequestScoped
@Tag(name = "Figures", description = "Process capability of the important processes (CS-09)")
public class MonthlyFiguresResource {

    @Inject
    MonthlySheets sheets;

    @Inject
    Clock clock;

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
    @Path("{month}")
    @Produces(DocumentAnswers.PDF)
    @Operation(
            summary = "The company's monthly figures as a PDF",
            description = "Which department's sheet is in, the quality objectives against their measured values,"
                    + " then every department's sheet; in English or Chinese.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = DocumentAnswers.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "400",
            description = "The month or the language is refused; the problem names the parameter")
    @APIResponse(responseCode = "404", description = "The month has not begun")
    public Response report(
            @Parameter(ref = DocumentAnswers.MONTH) @PathParam("month") String month,
            @Parameter(ref = DocumentAnswers.LANGUAGE) @QueryParam("language") String language) {
        YearMonth wanted = MonthlySheetsResource.month(month);
        String chosen = DocumentAnswers.language(language);
        if (wanted.isAfter(YearMonth.now(clock))) {
            throw new ApiProblem(404, "api.sheet.notBegun", wanted.toString());
        }
        return DocumentAnswers.pdf(sheets.companyPdf(wanted, chosen), "monthly-figures-" + wanted + "-" + chosen);
    }
}
