package com.qualitydesk.web.api;

import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.AnalysisReports;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CS-10 /api/analysis/reports: SALES's draft of a closed campaign's customer satisfaction
 * analysis report, drafted by the system from the kept figures, and any report as its PDF for the
 * departments' files and BI tools. Writing the conclusions and issuing stay on the report's screen.
 */
@Path("analysis/reports")
@RequestScoped
@Tag(name = "Analysis", description = "The customer satisfaction analysis report (CS-10)")
public class AnalysisReportsResource {

    @Inject
    AnalysisReports reports;

    @Schema(description = "An analysis report: its id, its version and its state")
    public record ReportJson(
            @Schema(description = "the report's id") long id,
            @Schema(description = "the campaign it analyses") long campaign,
            @Schema(description = "1 for the first issue, one more for each correction") int number,
            @Schema(description = "DRAFT or ISSUED") String status) {

        static ReportJson of(AnalysisReport r) {
            return new ReportJson(
                    r.getId(),
                    r.getCampaignId(),
                    r.getReportVersion(),
                    r.getStatus().name());
        }
    }

    @POST
    @RolesAllowed(Role.SALES)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Draft the analysis report of a closed campaign",
            description = "The system drafts the report from the data (CS-10): the satisfaction trend over eight"
                    + " quarters, items and customer groups, the Pareto of dissatisfaction, the objectives, the"
                    + " monthly figures and the previous report's actions.")
    @APIResponse(
            responseCode = "201",
            description = "The draft",
            content = @Content(schema = @Schema(implementation = ReportJson.class)))
    @APIResponse(responseCode = "400", description = "The campaign parameter is refused; the problem names it")
    @APIResponse(responseCode = "403", description = "Only Sales drafts the report")
    @APIResponse(responseCode = "422", description = "The campaign is unknown, not closed, or has a draft already")
    public Response draft(
            @Parameter(description = "the closed campaign's id", required = true, schema = @Schema(minimum = "1"))
                    @QueryParam("campaign")
                    long campaign) {
        return Response.status(201)
                .entity(ReportJson.of(reports.draft(campaign)))
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
    @Path("{id}/document")
    @Produces(DocumentAnswers.PDF)
    @Operation(
            summary = "An analysis report as a PDF",
            description = "Rendered from what the report keeps, charts included; an issued report never changes.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = DocumentAnswers.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The language is refused; the problem names it")
    @APIResponse(responseCode = "404", description = "No such report")
    public Response document(
            @Parameter(description = "the report's id", schema = @Schema(minimum = "1")) @PathParam("id") long id,
            @Parameter(ref = DocumentAnswers.LANGUAGE) @QueryParam("language") String language) {
        String chosen = DocumentAnswers.language(language);
        return DocumentAnswers.pdf(reports.pdf(id, chosen), "analysis-report-" + id + "-" + chosen);
    }
}
