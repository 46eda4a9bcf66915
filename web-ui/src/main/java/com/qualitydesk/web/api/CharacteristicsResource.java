package com.qualitydesk.web.api;

import com.qualitydesk.figures.CapabilityIndices;
import com.qualitydesk.figures.Characteristic;
import com.qualitydesk.figures.Characteristics;
import com.qualitydesk.figures.ChartPoint;
import com.qualitydesk.figures.ControlLimits;
import com.qualitydesk.figures.MeasurementImport;
import com.qualitydesk.figures.ProcessCapability;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CS-09 process capability for the plants' gauges and BI tools: a characteristic is created, its
 * gauge's file of measurements posted (all or nothing, line-numbered problems), and its capability
 * over a period read. Basic authentication; every refusal is a problem.
 */
@Path("figures/characteristics")
@RequestScoped
@Tag(name = "Figures", description = "Process capability of the important processes (CS-09)")
public class CharacteristicsResource {

    /** Excel 97-2003, as older gauge software still saves. */
    static final String XLS = "application/vnd.ms-excel";

    @Inject
    Characteristics characteristics;

    @Inject
    MeasurementImport measurements;

    @Inject
    ProcessCapability capability;

    @Context
    HttpServletRequest request;

    /** One capability index set: within (Cp, Cpk, CPU, CPL) or overall (Pp, Ppk, PPU, PPL). */
    public record IndicesJson(Double potential, Double actual, Double upper, Double lower) {
        static IndicesJson of(CapabilityIndices i) {
            return new IndicesJson(i.potential(), i.actual(), i.upper(), i.lower());
        }
    }

    public record LimitsJson(double lower, double center, double upper) {
        static LimitsJson of(ControlLimits l) {
            return l == null ? null : new LimitsJson(l.lower(), l.center(), l.upper());
        }
    }

    @Schema(description = "A point of the location chart that breaks Western Electric rules")
    public record ViolationJson(int subgroup, double value, Set<Integer> rules) {}

    @Schema(description = "A characteristic's process capability over a period (CS-09)")
    public record CapabilityJson(
            long characteristic,
            String label,
            String unit,
            Double lowerLimit,
            Double upperLimit,
            Double target,
            LocalDate from,
            LocalDate to,
            @Schema(
                            description =
                                    "MEAN_RANGE (X̄-R), MEAN_STANDARD_DEVIATION (X̄-S) or INDIVIDUALS_MOVING_RANGE (I-MR)")
                    String chart,
            @Schema(description = "values measured in the period") int n,
            int subgroups,
            Double mean,
            Double sigmaWithin,
            Double sigmaOverall,
            @Schema(description = "Cp, Cpk, CPU, CPL from the within-subgroup sigma; left out where undefined")
                    IndicesJson within,
            @Schema(description = "Pp, Ppk, PPU, PPL from the overall standard deviation") IndicesJson overall,
            LimitsJson locationLimits,
            LimitsJson spreadLimits,
            @Schema(description = "fewer subgroups than the procedure's minimum: shown, to be read with care")
                    boolean tooFewData,
            @Schema(description = "CAPABLE, MARGINAL, NOT_CAPABLE or NO_DATA against the procedure's Cpk thresholds")
                    String status,
            List<ViolationJson> violations) {}

    @POST
    @RolesAllowed({Role.PRODUCTION, Role.QUALITY, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a characteristic",
            description = "PRODUCTION, QUALITY or ADMIN. The limits must make a specification (at least one,"
                    + " the lower below the upper, the target between them); a name is taken once per process.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiJson.CharacteristicJson.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created; its id",
            content = @Content(schema = @Schema(implementation = ApiJson.Created.class)))
    @APIResponse(responseCode = "400", description = "The body or a field is refused; the problem names each field")
    @APIResponse(responseCode = "403", description = "The account's departments may not keep characteristics")
    @APIResponse(responseCode = "422", description = "The limits make no specification, or the name is taken")
    public Response create(ApiJson.CharacteristicJson body) {
        if (body == null) {
            throw new ApiProblem(400, "api.body.empty");
        }
        var c = new Characteristic(
                body.workshop(), body.process(), body.name(), body.subgroupSize() == null ? 0 : body.subgroupSize());
        c.setUnit(body.unit());
        c.setLowerLimit(body.lowerLimit());
        c.setUpperLimit(body.upperLimit());
        c.setTarget(body.target());
        var saved = characteristics.save(c);
        return Response.status(201).entity(new ApiJson.Created(saved.getId())).build();
    }

    @POST
    @RolesAllowed({Role.PRODUCTION, Role.QUALITY, Role.ADMIN})
    @Path("{id}/measurements")
    @Consumes({
        MasterDataResource.CSV,
        MediaType.TEXT_PLAIN,
        DocumentAnswers.XLSX,
        XLS,
        MediaType.APPLICATION_OCTET_STREAM
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Post a gauge's file of measurements",
            description =
                    "CSV in UTF-8 (text/csv) or an Excel workbook (its first sheet; the xlsx or xls media type, or"
                            + " application/octet-stream), with the header time,subgroup,value: the plant's local time as"
                            + " ISO-8601 (2026-11-03T08:15; in Excel a date-time cell or that text), the subgroup number, the"
                            + " value. Each subgroup brings exactly the characteristic's subgroup size of values, and once: a"
                            + " subgroup already stored is refused. The whole file is checked; if any line is bad nothing is"
                            + " stored (422) and every bad line is listed with its line (CSV) or row (Excel) number; a file"
                            + " that is not UTF-8 is named at the line of its first wrong byte. PRODUCTION, QUALITY or ADMIN;"
                            + " at most 10 MB.")
    @RequestBody(
            required = true,
            description = "The file: CSV in UTF-8 with the header line, or an Excel workbook, at most 10 MB",
            content = {
                @Content(mediaType = MasterDataResource.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = DocumentAnswers.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "200",
            description = "Stored as a whole",
            content = @Content(schema = @Schema(implementation = ApiJson.MeasurementsStored.class)))
    @APIResponse(
            responseCode = "422",
            description = "Refused, nothing stored; problems lists every bad line with its number and reason",
            content =
                    @Content(
                            mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(implementation = ApiJson.MeasurementsRefusalJson.class)))
    @APIResponse(responseCode = "403", description = "The account's departments may not import measurements")
    @APIResponse(responseCode = "404", description = "No such characteristic")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "415", description = "The body is neither CSV nor an Excel workbook")
    public Response measurements(
            @Parameter(description = "the characteristic's id", schema = @Schema(minimum = "1")) @PathParam("id")
                    long id,
            @Context HttpHeaders headers,
            InputStream body)
            throws IOException {
        // one byte more than the import takes, so that its rule refuses a larger file (413)
        byte[] content = body == null ? new byte[0] : body.readNBytes(MeasurementImport.MAX_BYTES + 1);
        var report = measurements.importFile(id, content);
        return report.imported()
                ? Response.ok(new ApiJson.MeasurementsStored(report.values(), report.subgroups()))
                        .build()
                : Problems.measurementsRefused(report, Problems.locale(headers), request.getRequestURI());
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
    @Path("{id}/capability")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A characteristic's process capability over a period",
            description = "Every department reads (HTTP Basic). The period's complete subgroups in time order: the"
                    + " control chart's kind and limits, the points breaking Western Electric rules 1-4, Cp/Cpk from"
                    + " the within-subgroup sigma and Pp/Ppk from the overall standard deviation. An index that cannot"
                    + " be computed (no data, no spread, a one-sided limit) is left out, never NaN.")
    @APIResponse(
            responseCode = "200",
            description = "The capability",
            content = @Content(schema = @Schema(implementation = CapabilityJson.class)))
    @APIResponse(responseCode = "400", description = "A date is refused; the problem names it")
    @APIResponse(responseCode = "404", description = "No such characteristic")
    @APIResponse(responseCode = "422", description = "The period ends before it starts")
    public Response capability(
            @Parameter(description = "the characteristic's id", schema = @Schema(minimum = "1")) @PathParam("id")
                    long id,
            @Parameter(
                            description = "first day (yyyy-MM-dd, the plant's local time), included; default: the"
                                    + " first day of the last month",
                            schema = @Schema(maxLength = 10, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "last day (yyyy-MM-dd), included; default: the last day of the last month",
                            schema = @Schema(maxLength = 10, format = "date"))
                    @QueryParam("to")
                    String to) {
        LocalDate fromDay = StrictParameters.day("from", from);
        LocalDate toDay = StrictParameters.day("to", to);
        LocalDate lastMonth = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        var c = capability.of(
                id,
                fromDay == null ? lastMonth : fromDay,
                toDay == null ? lastMonth.plusMonths(1).minusDays(1) : toDay);
        var study = c.study();
        var ch = c.characteristic();
        List<ViolationJson> violations = study.points().stream()
                .filter(ChartPoint::isOutOfControl)
                .map(p -> new ViolationJson(p.subgroup(), p.value(), p.brokenRules()))
                .toList();
        return Response.ok(new CapabilityJson(
                        ch.getId(),
                        ch.label(),
                        ch.getUnit(),
                        ch.getLowerLimit(),
                        ch.getUpperLimit(),
                        ch.getTarget(),
                        c.from(),
                        c.to(),
                        study.kind().name(),
                        study.values(),
                        study.subgroups(),
                        study.mean(),
                        study.sigmaWithin(),
                        study.sigmaOverall(),
                        IndicesJson.of(study.within()),
                        IndicesJson.of(study.overall()),
                        LimitsJson.of(study.location()),
                        LimitsJson.of(study.spread()),
                        study.tooFewData(),
                        c.status().name(),
                        violations))
                .build();
    }
}
