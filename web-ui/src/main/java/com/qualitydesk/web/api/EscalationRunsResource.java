package com.qualitydesk.web.api;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.JobRun;
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
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/escalation-runs: an administrator starts the escalation job (CF-05, CF-08) at once, outside
 * its 15-minute rhythm, and follows the run; what operations and the benchmark use. ADMIN only
 * ({@link RestApi} has JAX-RS enforce the {@link RolesAllowed} of a resource: 403 problem).
 */
@Path("escalation-runs")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@Tag(name = "Escalation", description = "Warnings and escalations of open tasks (CF-05, CF-08)")
public class EscalationRunsResource {

    @Inject
    BatchJobs jobs;

    @Inject
    Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start the escalation job now",
            description = "Judges the open tasks at the given moment (ISO-8601, default now). ADMIN only.")
    @APIResponse(responseCode = "202", description = "Started; the execution to follow")
    @APIResponse(responseCode = "400", description = "at is not an ISO-8601 instant")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response start(
            @Parameter(
                            description = "the moment to judge the tasks at, e.g. 2026-03-02T08:00:00Z; default now",
                            schema = @Schema(maxLength = 64))
                    @QueryParam("at")
                    String at) {
        Instant moment;
        try {
            moment = at == null || at.isBlank() ? clock.instant() : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.parameter("at", null, "api.parameter.instant", "at");
        }
        long execution = jobs.startEscalation(moment);
        return Response.accepted(Map.of("execution", execution, "at", moment.toString()))
                .build();
    }

    @GET
    @Path("{execution}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A run's status and duration")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "400", description = "execution is not a whole number")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No escalation run with this number")
    public Response status(
            @Parameter(
                            description = "the execution a start answered",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @PathParam("execution")
                    long execution) {
        JobRun run = jobs.find(execution)
                .filter(found -> BatchJobs.ESCALATION.equals(found.job()))
                .orElseThrow(() -> new ApiProblem(404, "api.escalation.unknown", String.valueOf(execution)));
        var json = new LinkedHashMap<String, Object>();
        json.put("execution", execution);
        json.put("status", run.status().name());
        json.put("exitStatus", run.exitStatus());
        json.put("startedAt", instant(run.start()));
        json.put("endedAt", instant(run.end()));
        if (run.start() != null && run.end() != null) {
            json.put("millis", run.end().toEpochMilli() - run.start().toEpochMilli());
        }
        return Response.ok(json).build();
    }

    private static String instant(Instant moment) {
        return moment == null ? null : moment.toString();
    }
}
