package com.qualitydesk.web.api;

import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ManagementReviews;
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
 * IM-03 /api/reviews/{year}/pack: the yearly management review's pack, assembled in one call from
 * the year's records (every input ISO 9001 §9.3.2 names) and read as its frozen PDF or workbook.
 * Submissions, minutes and the signature stay on the review's screen.
 */
@Path("reviews")
@RequestScoped
@Tag(name = "Management review", description = "The yearly management review and its pack (IM-03)")
public class ManagementReviewsResource {

    @Inject
    ManagementReviews reviews;

    @Schema(description = "A management review: its year, its state and its pack's SHA-256")
    public record ReviewJson(
            @Schema(description = "the review's id") long id,
            @Schema(description = "the year it reviews") int year,
            @Schema(description = "PREPARING, PACK_ASSEMBLED, MINUTES_RECORDED or SIGNED") String state,
            @Schema(description = "the SHA-256 of the frozen pack, in hex; absent before it is assembled")
                    String packHash) {

        static ReviewJson of(ManagementReview r) {
            return new ReviewJson(r.getId(), r.getYear(), r.getState().name(), r.getPackHash());
        }
    }

    @POST
    @RolesAllowed({Role.SALES, Role.GENERAL_MANAGER})
    @Path("{year}/pack")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assemble the review's pack",
            description = "Every input ISO 9001 §9.3.2 names, from the year's records, frozen with its SHA-256;"
                    + " again until the minutes are recorded.")
    @APIResponse(
            responseCode = "200",
            description = "The review with its new pack",
            content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "400", description = "The year is refused; the problem names it")
    @APIResponse(responseCode = "403", description = "Only Sales and the general manager assemble the pack")
    @APIResponse(responseCode = "404", description = "No review of this year")
    @APIResponse(responseCode = "422", description = "The minutes are recorded: the pack is frozen")
    public Response assemble(@Parameter(ref = DocumentAnswers.REVIEW_YEAR) @PathParam("year") int year) {
        return Response.ok(ReviewJson.of(reviews.assemble(review(year).getId())))
                .build();
    }

    @GET
    @RolesAllowed({Role.SALES, Role.GENERAL_MANAGER})
    @Path("{year}/pack/document")
    @Produces(DocumentAnswers.PDF)
    @Operation(
            summary = "The review's pack as a PDF",
            description = "The frozen pack with its hash, and the general manager's signature once signed.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = DocumentAnswers.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The year or the language is refused; the problem names it")
    @APIResponse(responseCode = "403", description = "Only Sales and the general manager read the pack")
    @APIResponse(responseCode = "404", description = "No review of this year")
    @APIResponse(responseCode = "422", description = "The pack is not assembled yet")
    public Response document(
            @Parameter(ref = DocumentAnswers.REVIEW_YEAR) @PathParam("year") int year,
            @Parameter(ref = DocumentAnswers.LANGUAGE) @QueryParam("language") String language) {
        String chosen = DocumentAnswers.language(language);
        return DocumentAnswers.pdf(
                reviews.pdf(review(year).getId(), chosen), "management-review-" + year + "-" + chosen);
    }

    @GET
    @RolesAllowed({Role.SALES, Role.GENERAL_MANAGER})
    @Path("{year}/pack/workbook")
    @Produces(DocumentAnswers.XLSX)
    @Operation(summary = "The review's pack as an Excel workbook", description = "One sheet per §9.3.2 input.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content =
                    @Content(
                            mediaType = DocumentAnswers.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The year or the language is refused; the problem names it")
    @APIResponse(responseCode = "403", description = "Only Sales and the general manager read the pack")
    @APIResponse(responseCode = "404", description = "No review of this year")
    @APIResponse(responseCode = "422", description = "The pack is not assembled yet")
    public Response workbook(
            @Parameter(ref = DocumentAnswers.REVIEW_YEAR) @PathParam("year") int year,
            @Parameter(ref = DocumentAnswers.LANGUAGE) @QueryParam("language") String language) {
        String chosen = DocumentAnswers.language(language);
        return DocumentAnswers.workbook(
                reviews.workbook(review(year).getId(), chosen), "management-review-" + year + "-" + chosen);
    }

    private ManagementReview review(int year) {
        return reviews.findByYear(year).orElseThrow(() -> new ApiProblem(404, "review.unknown"));
    }
}
