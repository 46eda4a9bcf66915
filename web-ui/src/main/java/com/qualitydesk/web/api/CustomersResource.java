package com.qualitydesk.web.api;

import com.qualitydesk.customer.CustomerStatus;
import com.qualitydesk.customer.Customers;
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
import java.util.HashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/customers: the customer accounts (CC-01), a page at a time, as on the customer screen.
 * Parameters are read strictly ({@link StrictParameters}); every refusal is a problem.
 */
@Path("customers")
@RequestScoped
@Tag(name = "Customers", description = "The customer accounts (CC-01)")
public class CustomersResource {

    static final String MAX_SIZE = "500";

    @Inject
    Customers customers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One page of customers", description = "Sorted by code. Every department may read.")
    @APIResponse(
            responseCode = "200",
            description = "The page and the number of customers matching the filters",
            content = @Content(schema = @Schema(implementation = ApiJson.CustomerPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A paging or filter parameter is refused; the problem names it and what it accepts")
    public Response page(
            @Parameter(description = "index of the first customer, from 0", schema = @Schema(minimum = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(
                            description = "customers per page, 1 to 500",
                            schema = @Schema(minimum = "1", maximum = MAX_SIZE))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size,
            @Parameter(description = "part of the customer code, ignoring case", schema = @Schema(maxLength = 100))
                    @QueryParam("code")
                    String code,
            @Parameter(description = "ACTIVE or INACTIVE", schema = @Schema(implementation = CustomerStatus.class))
                    @QueryParam("status")
                    CustomerStatus status) {
        var filters = new HashMap<String, Object>();
        if (code != null && !code.isBlank()) {
            filters.put("code", code.strip());
        }
        if (status != null) {
            filters.put("status", status);
        }
        var page = customers.page(new PageRequest(first, size, "code", true, filters));
        return Response.ok(new ApiJson.CustomerPage(
                        first,
                        size,
                        page.total(),
                        page.rows().stream().map(ApiJson.CustomerJson::of).toList()))
                .build();
    }
}
