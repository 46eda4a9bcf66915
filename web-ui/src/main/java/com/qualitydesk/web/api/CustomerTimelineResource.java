package com.qualitydesk.web.api;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.timeline.CustomerTimeline;
import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/customers/{code}/timeline: the customer's whole story (CC-01), newest first, a page at
 * a time, as the customer page shows it, for BI tools and the ERP. Parameters are read strictly;
 * every refusal is a problem.
 */
@Path("customers/{code}/timeline")
@RequestScoped
@Tag(name = "Customers", description = "The customer accounts (CC-01)")
public class CustomerTimelineResource {

    static final String MAX_SIZE = "500";

    @Inject
    Customers customers;

    @Inject
    CustomerTimeline timeline;

    @Context
    HttpHeaders headers;

    /** An entry as the API gives it; the state also in the caller's language (Accept-Language). */
    @Schema(description = "One exchange with the customer (CC-01)")
    public record EntryJson(
            @Schema(description = "when it happened, ISO-8601") String at,
            @Schema(implementation = TimelineKind.class) String kind,
            @Schema(description = "the number people recognise: FB-…, a lot, an order") String reference,
            String summary,
            @Schema(description = "the record's state as a message key, or null") String state,
            @Schema(description = "the state in the caller's language, or null") String stateText,
            @Schema(description = "the page of the record in the application, or null") String link) {}

    @Schema(description = "One page of a customer's timeline, newest first")
    public record TimelinePage(String customer, int first, int size, long total, List<EntryJson> rows) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One page of a customer's timeline",
            description = "Everything exchanged with the customer, newest first: information sent, inquiries and"
                    + " orders, deliveries, call-backs, complaints, returns, service records, return visits,"
                    + " surveys, legal requirements. Every department may read.")
    @APIResponse(
            responseCode = "200",
            description = "The page and the number of entries matching the filters",
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A paging, kind or date parameter is refused; the problem names it and what it accepts")
    @APIResponse(responseCode = "404", description = "No customer with this code")
    public Response page(
            @Parameter(description = "the customer's code", schema = @Schema(maxLength = 32)) @PathParam("code")
                    String code,
            @Parameter(
                            description = "kinds wanted, comma-separated (e.g. DELIVERY,COMPLAINT); all when absent",
                            schema = @Schema(maxLength = 400))
                    @QueryParam("kinds")
                    String kinds,
            @Parameter(description = "first day of the period, yyyy-MM-dd, included", schema = @Schema(maxLength = 10))
                    @QueryParam("from")
                    String from,
            @Parameter(description = "last day of the period, yyyy-MM-dd, included", schema = @Schema(maxLength = 10))
                    @QueryParam("to")
                    String to,
            @Parameter(description = "index of the first entry, from 0", schema = @Schema(minimum = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(description = "entries per page, 1 to 500", schema = @Schema(minimum = "1", maximum = MAX_SIZE))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size) {
        LocalDate fromDay = StrictParameters.day("from", from);
        LocalDate toDay = StrictParameters.day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ApiProblem.parameter("to", null, "api.timeline.period", "to", "from");
        }
        Set<TimelineKind> wanted = kinds(kinds);
        Customer customer = customers
                .findByCode(code.strip())
                .orElseThrow(() -> new ApiProblem(404, "api.customer.unknown", Problems.shortened(code)));
        var page = timeline.page(new TimelineQuery(customer.getId(), wanted, fromDay, toDay), first, size);
        Locale locale = Problems.locale(headers);
        return Response.ok(new TimelinePage(
                        customer.getCode(),
                        first,
                        size,
                        page.total(),
                        page.rows().stream().map(e -> json(e, locale)).toList()))
                .build();
    }

    private static EntryJson json(TimelineEntry e, Locale locale) {
        return new EntryJson(
                e.at().toString(),
                e.kind().name(),
                e.reference(),
                e.summary(),
                e.statusKey(),
                e.statusKey() == null ? null : UserMessages.format(locale, e.statusKey()),
                e.link());
    }

    static Set<TimelineKind> kinds(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var wanted = EnumSet.noneOf(TimelineKind.class);
        Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .forEach(k -> wanted.add(StrictParameters.constant("kinds", TimelineKind.class, k)));
        return wanted;
    }
}
