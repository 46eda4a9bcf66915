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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/escalation-runs: an administrator starts the escalation job (CF-05, CF-08) at once, outside
 * its 15-minute rhythm, and follows the run; what operations and the benchmark use.
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
    public Response start(@QueryParam("at") String at) {
        Instant moment;
        try {
            moment = at == null || at.isBlank() ? clock.instant() : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            return MasterDataResource.error(Response.Status.BAD_REQUEST, "badMoment", "at is an ISO-8601 instant");
        }
        long execution = jobs.startEscalation(moment);
        return Response.accepted(Map.of("execution", execution, "at", moment.toString()))
                .build();
    }

    @GET
    @Path("{execution}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A run's status and duration")
    public Response status(@PathParam("execution") long execution) {
        JobRun run = jobs.find(execution)
                .filter(found -> BatchJobs.ESCALATION.equals(found.job()))
                .orElse(null);
        if (run == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
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
