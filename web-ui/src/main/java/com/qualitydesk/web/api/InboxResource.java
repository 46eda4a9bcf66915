package com.qualitydesk.web.api;

import com.qualitydesk.task.Inbox;
import com.qualitydesk.task.InboxRow;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/inbox: what waits on the caller, by due date (CF-05), as on the inbox screen. */
@Path("inbox")
@RequestScoped
@Tag(name = "Inbox", description = "The tasks waiting on the caller's departments (CF-05)")
public class InboxResource {

    static final String MAX_SIZE = "500";

    @Inject
    Inbox inbox;

    public record InboxItem(
            long taskId,
            String kind,
            String department,
            String reference,
            String subject,
            Instant dueAt,
            String state,
            Long minutesLeft,
            Long feedbackId) {

        static InboxItem of(InboxRow row) {
            var t = row.task();
            return new InboxItem(
                    t.getId(),
                    t.getKind().name(),
                    t.getDepartment().name(),
                    t.getReference(),
                    t.getSubject(),
                    t.getDueAt(),
                    row.state().name(),
                    row.timeLeft() == null ? null : row.timeLeft().toMinutes(),
                    t.getFeedbackId());
        }
    }

    public record InboxPage(int first, int size, long total, List<InboxItem> rows) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What waits on the caller's departments and on the caller, by due date")
    @APIResponse(
            responseCode = "200",
            description = "The page and the number of tasks waiting",
            content = @Content(schema = @Schema(implementation = InboxPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A paging parameter or overdue is refused; the problem names it and what it accepts")
    public Response inbox(
            @Parameter(description = "index of the first task, from 0", schema = @Schema(minimum = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(description = "tasks per page, 1 to 500", schema = @Schema(minimum = "1", maximum = MAX_SIZE))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size,
            @Parameter(description = "only tasks past their due date: true or false")
                    @QueryParam("overdue")
                    @DefaultValue("false")
                    boolean overdue) {
        var filter = inbox.mine().narrowed(null, null, overdue);
        var page = inbox.page(filter, first, size);
        return Response.ok(new InboxPage(
                        first,
                        size,
                        page.total(),
                        page.rows().stream().map(InboxItem::of).toList()))
                .build();
    }
}
