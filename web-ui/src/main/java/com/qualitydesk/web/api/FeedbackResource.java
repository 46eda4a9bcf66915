package com.qualitydesk.web.api;

import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.security.Department;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/feedback: the feedback register with the register screen's filters, for reporting
 * tools and the load benchmark. Parameters are read strictly ({@link StrictParameters}): an unknown
 * status, a size of 0 or an overdue of "maybe" is a 400 problem naming the parameter.
 */
@Path("feedback")
@RequestScoped
@Tag(name = "Feedback", description = "The feedback register (CF-03) and the inboxes (CF-05)")
public class FeedbackResource {

    static final String MAX_SIZE = "500";

    /** The longest filter text: more than any code, far less than what would burden a query. */
    static final int MAX_TEXT = 200;

    @Inject
    FeedbackCases cases;

    public record FeedbackRow(
            long id,
            String number,
            String status,
            String severity,
            String customer,
            String product,
            String lot,
            Instant receivedAt,
            Instant replyDueAt,
            boolean handedOverLate) {

        static FeedbackRow of(Feedback f) {
            return new FeedbackRow(
                    f.getId(),
                    f.getNumber(),
                    f.getStatus().name(),
                    f.getSeverity() == null ? null : f.getSeverity().name(),
                    f.getCustomer() == null
                            ? f.getSubmitterCompany()
                            : f.getCustomer().getCode(),
                    f.getProduct() == null ? null : f.getProduct().getCode(),
                    f.getLotNumber(),
                    f.getReceivedAt(),
                    f.getReplyDueAt(),
                    f.isHandedOverLate());
        }
    }

    public record FeedbackPage(int first, int size, long total, List<FeedbackRow> rows) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One page of the feedback register, newest first, with the register screen's filters")
    @APIResponse(
            responseCode = "200",
            description = "The page and the number of items matching the filters",
            content = @Content(schema = @Schema(implementation = FeedbackPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A paging or filter parameter is refused; the problem names it and what it accepts")
    public Response feedback(
            @Parameter(description = "index of the first item, from 0", schema = @Schema(minimum = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(description = "items per page, 1 to 500", schema = @Schema(minimum = "1", maximum = MAX_SIZE))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size,
            @Parameter(description = "customer code", schema = @Schema(maxLength = MAX_TEXT)) @QueryParam("customer")
                    String customer,
            @Parameter(description = "product code", schema = @Schema(maxLength = MAX_TEXT)) @QueryParam("product")
                    String product,
            @Parameter(description = "the state of the item", schema = @Schema(implementation = FeedbackStatus.class))
                    @QueryParam("status")
                    FeedbackStatus status,
            @Parameter(description = "the severity", schema = @Schema(implementation = Severity.class))
                    @QueryParam("severity")
                    Severity severity,
            @Parameter(
                            description = "the department responsible for the analysis",
                            schema = @Schema(implementation = Department.class))
                    @QueryParam("department")
                    Department department,
            @Parameter(description = "only items past their reply deadline: true or false")
                    @QueryParam("overdue")
                    @DefaultValue("false")
                    boolean overdue,
            @Parameter(
                            description = "words of the number, the customer, the product, the lot or the description",
                            schema = @Schema(maxLength = MAX_TEXT))
                    @QueryParam("search")
                    String search) {
        var filters = new HashMap<String, Object>();
        putIfGiven(filters, "customer.code", customer);
        putIfGiven(filters, "product.code", product);
        if (status != null) {
            filters.put("status", status);
        }
        if (severity != null) {
            filters.put("severity", severity);
        }
        if (department != null) {
            filters.put("analysis.responsibleDepartment", department);
        }
        if (overdue) {
            filters.put(FeedbackCases.OVERDUE, "true");
        }
        putIfGiven(filters, FeedbackCases.SEARCH, search);
        var page = cases.page(new com.qualitydesk.shared.PageRequest(first, size, "receivedAt", false, filters));
        return Response.ok(new FeedbackPage(
                        first,
                        size,
                        page.total(),
                        page.rows().stream().map(FeedbackRow::of).toList()))
                .build();
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static void putIfGiven(HashMap<String, Object> filters, String key, String value) {
        if (given(value)) {
            filters.put(key, value.strip());
        }
    }
}
