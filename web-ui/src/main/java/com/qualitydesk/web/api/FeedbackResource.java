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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/feedback: the feedback register with the register screen's filters, for reporting
 * tools and the load benchmark.
 */
@Path("feedback")
@RequestScoped
@Tag(name = "Feedback", description = "The feedback register (CF-03) and the inboxes (CF-05)")
public class FeedbackResource {

    static final int MAX_SIZE = 500;

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
    public Response feedback(
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("customer") String customer,
            @QueryParam("product") String product,
            @QueryParam("status") String status,
            @QueryParam("severity") String severity,
            @QueryParam("department") String department,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("search") String search) {
        if (first < 0 || size < 1 || size > MAX_SIZE) {
            return MasterDataResource.error(
                    Response.Status.BAD_REQUEST, "badPage", "first must be 0 or more, size between 1 and " + MAX_SIZE);
        }
        var filters = new HashMap<String, Object>();
        try {
            putIfGiven(filters, "customer.code", customer);
            putIfGiven(filters, "product.code", product);
            if (given(status)) {
                filters.put("status", FeedbackStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            }
            if (given(severity)) {
                filters.put("severity", Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT)));
            }
            if (given(department)) {
                filters.put(
                        "analysis.responsibleDepartment",
                        Department.valueOf(department.strip().toUpperCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException e) {
            return MasterDataResource.error(Response.Status.BAD_REQUEST, "badFilter", e.getMessage());
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
