package com.qualitydesk.web.api;

import com.qualitydesk.figures.QualityIndicators;
import com.qualitydesk.figures.QualityIndicators.Indicator;
import com.qualitydesk.figures.QualityIndicators.Reading;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CS-11, IM-04 for BI tools: every quality objective with its target and the figure measured for
 * a month, its quarter to date and its year to date, each with its status. Basic authentication;
 * every refusal is a problem.
 */
@Path("figures/indicators")
@RequestScoped
@Tag(name = "Figures", description = "Process capability of the important processes (CS-09)")
public class IndicatorsResource {

    @Inject
    QualityIndicators indicators;

    @Inject
    Clock clock;

    @Schema(description = "An objective's figure over a period")
    public record ReadingJson(
            @Schema(description = "first month, yyyy-MM") String from,
            @Schema(description = "last month, yyyy-MM") String to,
            @Schema(description = "the measured figure; left out when there was nothing to count") Double value,
            @Schema(description = "the target for this period (the cost ceiling of its months)") double target,
            @Schema(description = "MET, NEAR, MISSED or NO_DATA") String status) {
        static ReadingJson of(Reading r) {
            return new ReadingJson(
                    r.range().first().toString(),
                    r.range().last().toString(),
                    r.value(),
                    r.target().target(),
                    r.status().name());
        }
    }

    @Schema(description = "A quality objective against its measured figures (IM-04)")
    public record IndicatorJson(
            @Schema(
                            description =
                                    "PASS_RATE, SATISFACTION, REPLIED_ON_TIME, FEEDBACK_ANSWERED, SURVEY_COVERAGE,"
                                            + " CALL_BACK_SHARE, PROCESS_CAPABILITY or QUALITY_COST")
                    String objective,
            @Schema(description = "the procedure rule it comes from") String rule,
            @Schema(description = "AT_LEAST, ABOVE or AT_MOST: how the figure must stand against the target")
                    String comparison,
            @Schema(description = "PERCENT, INDEX (Cpk) or AMOUNT (CNY)") String measure,
            @Schema(description = "the department that improves it (IM-02)") String owner,
            ReadingJson month,
            ReadingJson quarter,
            ReadingJson year) {
        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(
                    i.objective().name(),
                    i.objective().ruleId(),
                    i.objective().comparison().name(),
                    i.objective().measure().name(),
                    i.objective().owner().name(),
                    ReadingJson.of(i.month()),
                    ReadingJson.of(i.quarter()),
                    ReadingJson.of(i.year()));
        }
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The quality objectives against the measured figures of a month",
            description = "Every department but SERVICE (HTTP Basic). For each objective of the quality policy: its"
                    + " target, and the figure counted from the records for the month, its quarter up to the month and"
                    + " its year up to the month, each with its status. A figure with nothing to count is left out and"
                    + " its status is NO_DATA.")
    @APIResponse(
            responseCode = "200",
            description = "The objectives in the policy's order",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = IndicatorJson.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    @APIResponse(responseCode = "400", description = "The month is refused; the problem names it")
    public List<IndicatorJson> indicators(
            @Parameter(
                            description = "the month, yyyy-MM; default: the last month",
                            schema = @Schema(maxLength = 7, pattern = "^\\d{4}-\\d{2}$"))
                    @QueryParam("month")
                    String month) {
        YearMonth chosen = StrictParameters.month("month", month);
        return indicators.of(chosen == null ? YearMonth.now(clock).minusMonths(1) : chosen).stream()
                .map(IndicatorJson::of)
                .toList();
    }
}
