package com.qualitydesk.web.api;

import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.aftersales.ServiceRecords;
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
 * GET /api/after-sales/service-records: the telephone (AS-03) and on-site (AS-04) service records,
 * a page at a time, for BI tools and the ERP. Parameters are read strictly; every refusal is a
 * problem.
 */
@Path("after-sales/service-records")
@RequestScoped
@Tag(name = "After-sales", description = "Service records (AS-03, AS-04)")
public class ServiceRecordsResource {

    static final String MAX_SIZE = "500";

    @Inject
    ServiceRecords records;

    /** One service record as the API gives it. */
    public record ServiceRecordJson(
            long id,
            String reference,
            @Schema(description = "TELEPHONE or ON_SITE") String kind,
            String customerCode,
            String contact,
            String productCode,
            String lotNumber,
            Instant occurredAt,
            String servedBy,
            String summary,
            String advice,
            Instant confirmationSentAt,
            Instant arrivalAt,
            Instant departureAt,
            String workDone,
            String partsReplaced,
            String findings,
            String customerOpinion,
            String signerName,
            Instant signedAt,
            @Schema(description = "SHA-256 of the signed content, as printed on the record's PDF") String contentHash,
            @Schema(description = "the record this one corrects") String corrects) {

        static ServiceRecordJson of(ServiceRecord r) {
            return new ServiceRecordJson(
                    r.getId(),
                    r.getReference(),
                    r.getKind().name(),
                    r.getCustomer().getCode(),
                    r.getContact() == null ? null : r.getContact().getName(),
                    r.getDelivery() == null
                            ? null
                            : r.getDelivery().getProduct().getCode(),
                    r.getDelivery() == null ? null : r.getDelivery().getLotNumber(),
                    r.getOccurredAt(),
                    r.getServedBy(),
                    r.getSummary(),
                    r.getAdvice(),
                    r.getConfirmationSentAt(),
                    r.getArrivalAt(),
                    r.getDepartureAt(),
                    r.getWorkDone(),
                    r.getPartsReplaced(),
                    r.getFindings(),
                    r.getCustomerOpinion(),
                    r.getSignerName(),
                    r.getSignedAt(),
                    r.getContentHash(),
                    r.getCorrects() == null ? null : r.getCorrects().getReference());
        }
    }

    public record ServiceRecordPage(int first, int size, long total, List<ServiceRecordJson> rows) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One page of service records",
            description = "Newest first. Every department may read (HTTP Basic).")
    @APIResponse(
            responseCode = "200",
            description = "The page and the number of records matching the filters",
            content = @Content(schema = @Schema(implementation = ServiceRecordPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A paging or filter parameter is refused; the problem names it and what it accepts")
    public Response page(
            @Parameter(description = "index of the first record, from 0", schema = @Schema(minimum = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(description = "records per page, 1 to 500", schema = @Schema(minimum = "1", maximum = MAX_SIZE))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size,
            @Parameter(description = "the customer's code, exactly", schema = @Schema(maxLength = 32))
                    @QueryParam("customer")
                    String customer,
            @Parameter(description = "TELEPHONE or ON_SITE", schema = @Schema(implementation = ServiceRecordKind.class))
                    @QueryParam("kind")
                    ServiceRecordKind kind,
            @Parameter(
                            description = "first day of the period (yyyy-MM-dd, company time zone), included",
                            schema = @Schema(maxLength = 10, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "last day of the period (yyyy-MM-dd, company time zone), included",
                            schema = @Schema(maxLength = 10, format = "date"))
                    @QueryParam("to")
                    String to) {
        LocalDate fromDay = StrictParameters.day("from", from);
        LocalDate toDay = StrictParameters.day("to", to);
        String code = customer == null || customer.isBlank() ? null : customer.strip();
        var page =
                records.search(code, kind, fromDay, toDay, new PageRequest(first, size, "occurredAt", false, Map.of()));
        return Response.ok(new ServiceRecordPage(
                        first,
                        size,
                        page.total(),
                        page.rows().stream().map(ServiceRecordJson::of).toList()))
                .build();
    }
}
