package com.qualitydesk.web.api;

import com.qualitydesk.aftersales.CallBack;
import com.qualitydesk.aftersales.CallBackFilter;
import com.qualitydesk.aftersales.CallBacks;
import com.qualitydesk.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/after-sales/call-backs: the call-backs after delivered batches (AS-05), a page at a time,
 * for BI tools and the ERP. Parameters are read strictly ({@link StrictParameters}); every refusal
 * is a problem.
 */
@Path("after-sales/call-backs")
@RequestScoped
@Tag(name = "After-sales", description = "Call-backs after delivered batches (AS-05)")
public class CallBacksResource {

    static final String MAX_SIZE = "500";

    @Inject
    CallBacks callBacks;

    @Inject
    Clock clock;

    /** One call-back as the API shows it. */
    @Schema(description = "A call-back after a delivered batch (AS-05)")
    public record CallBackJson(
            long id,
            String customerCode,
            String productCode,
            String lotNumber,
            LocalDate shipDate,
            Instant dueAt,
            @Schema(description = "DUE, NO_OBJECTION, OBJECTION or CLOSED") String status,
            boolean overdue,
            Instant calledAt,
            String calledBy,
            String objection,
            Instant disposalDueAt,
            String disposalSuggestion,
            @Schema(description = "the feedback item the objection became (CF-01)") Long feedbackId,
            String feedbackResult,
            Instant closedAt) {

        static CallBackJson of(CallBack c, Instant now) {
            var d = c.getDelivery();
            return new CallBackJson(
                    c.getId(),
                    c.getCustomer().getCode(),
                    d.getProduct().getCode(),
                    d.getLotNumber(),
                    d.getShipDate(),
                    c.getDueAt(),
                    c.getStatus().name(),
                    c.isOverdue(now),
                    c.getCalledAt(),
                    c.getCalledBy(),
                    c.getObjection(),
                    c.getDisposalDueAt(),
                    c.getDisposalSuggestion(),
                    c.getFeedbackId(),
                    c.getFeedbackResult(),
                    c.getClosedAt());
        }
    }

    @Schema(description = "One page of call-backs, by due date")
    public record CallBackPage(int first, int size, long total, List<CallBackJson> rows) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One page of call-backs",
            description = "Sorted by due date, then id. Every department may read.")
    @APIResponse(
            responseCode = "200",
            description = "The page and the number of call-backs matching the filters",
            content = @Content(schema = @Schema(implementation = CallBackPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A paging or filter parameter is refused; the problem names it and what it accepts")
    public Response page(
            @Parameter(description = "index of the first call-back, from 0", schema = @Schema(minimum = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(
                            description = "call-backs per page, 1 to 500",
                            schema = @Schema(minimum = "1", maximum = MAX_SIZE))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size,
            @Parameter(
                            description =
                                    "DUE (not yet overdue), OVERDUE, DONE (no objection) or OBJECTION (open or closed)",
                            schema = @Schema(implementation = CallBackFilter.State.class))
                    @QueryParam("status")
                    CallBackFilter.State status,
            @Parameter(
                            description = "due on or after this day, yyyy-MM-dd",
                            schema = @Schema(maxLength = 10, format = "date"))
                    @QueryParam("dueFrom")
                    String dueFrom,
            @Parameter(
                            description = "due on or before this day, yyyy-MM-dd",
                            schema = @Schema(maxLength = 10, format = "date"))
                    @QueryParam("dueTo")
                    String dueTo,
            @Parameter(
                            description = "part of the customer code or name, ignoring case",
                            schema = @Schema(maxLength = 100))
                    @QueryParam("customer")
                    String customer) {
        var filter = new CallBackFilter(
                customer == null || customer.isBlank() ? null : customer.strip(),
                null,
                status,
                StrictParameters.day("dueFrom", dueFrom),
                StrictParameters.day("dueTo", dueTo));
        var page = callBacks.page(filter, new PageRequest(first, size, "dueAt", true, Map.of()));
        Instant now = clock.instant();
        return Response.ok(new CallBackPage(
                        first,
                        size,
                        page.total(),
                        page.rows().stream().map(c -> CallBackJson.of(c, now)).toList()))
                .build();
    }
}
