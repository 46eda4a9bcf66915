package com.qualitydesk.feedback;

import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;

/**
 * Finding cases: the register of all feedback, filterable by customer, product, status, severity,
 * responsible department and overdue, and one case with what hangs on it. Every department reads
 * (CF-14: the record is a quality record everyone involved can consult).
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class FeedbackCases {

    /** A filter key that is not an attribute: the reply is due and not sent. */
    public static final String OVERDUE = "overdue";
    /** A filter key for a search across number, customer, product, lot and description. */
    public static final String SEARCH = "search";
    /** A filter key: major cases still waiting for the general manager's instruction (CF-08). */
    public static final String AWAITING_INSTRUCTION = "awaitingInstruction";
    /** A filter key: items the general manager has not reviewed yet (CF-02), oldest first. */
    public static final String AWAITING_GM_REVIEW = "awaitingGmReview";
    /** A filter key: cases with PRODUCTION whose containment result is not recorded yet (CF-06). */
    public static final String CONTAINMENT_OPEN = "containmentOpen";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    public Page<Feedback> page(@NotNull PageRequest request) {
        var filters = new HashMap<>(request.filters());
        boolean overdue = Boolean.parseBoolean(String.valueOf(filters.remove(OVERDUE)));
        Object search = filters.remove(SEARCH);
        boolean awaitingInstruction = Boolean.parseBoolean(String.valueOf(filters.remove(AWAITING_INSTRUCTION)));
        boolean containmentOpen = Boolean.parseBoolean(String.valueOf(filters.remove(CONTAINMENT_OPEN)));
        boolean awaitingReview = Boolean.parseBoolean(String.valueOf(filters.remove(AWAITING_GM_REVIEW)));
        var query = FilteredQuery.of(em, Feedback.class).defaultSort("receivedAt");
        if (overdue) {
            var now = clock.instant();
            query.where((cb, root) -> cb.and(
                    cb.lessThan(root.get("replyDueAt"), now),
                    cb.isNull(root.get("reply").get("sentOn")),
                    cb.notEqual(root.get("status"), FeedbackStatus.CLOSED)));
        }
        if (awaitingInstruction) {
            query.where((cb, root) -> cb.and(
                    cb.equal(root.get("severity"), Severity.MAJOR),
                    cb.isNull(root.get("instruction").get("text")),
                    cb.notEqual(root.get("status"), FeedbackStatus.CLOSED)));
        }
        if (containmentOpen) {
            query.where((cb, root) -> cb.and(
                    cb.isNotNull(root.get("containment").get("dueAt")),
                    cb.isNull(root.get("containment").get("disposition")),
                    cb.notEqual(root.get("status"), FeedbackStatus.CLOSED)));
        }
        if (awaitingReview) {
            query.where((cb, root) -> cb.and(
                    cb.isNotNull(root.get("managerReview").get("dueAt")),
                    cb.isNull(root.get("managerReview").get("reviewedAt")),
                    cb.notEqual(root.get("status"), FeedbackStatus.CLOSED)));
        }
        if (search != null) {
            query.where(FilteredQuery.anyContains(
                    search.toString(), "number", "description", "lotNumber", "submitterCompany", "publicReference"));
        }
        return query.page(
                new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters));
    }

    public Feedback find(long id) {
        Feedback feedback = em.find(Feedback.class, id);
        if (feedback == null) {
            throw new RuleViolation("feedback.unknown");
        }
        return feedback;
    }

    public List<InformationSheet> sheets(long feedbackId) {
        return CaseRecords.of(em, InformationSheet.class, feedbackId);
    }

    public List<Task> tasks(long feedbackId) {
        return tasks.allFor(feedbackId);
    }
}
