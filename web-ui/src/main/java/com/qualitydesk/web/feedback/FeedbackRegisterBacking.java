package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.GeneralManagerDecision;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;

/**
 * The feedback register (feedback/register.xhtml) and the department views built on it: the general
 * manager's major cases waiting for an instruction (CF-08, feedback/major.xhtml) and PRODUCTION's
 * open containments (CF-06, feedback/containment.xhtml) and the items waiting for the general
 * manager's review (CF-02, feedback/review.xhtml).
 */
@Named
@ViewScoped
public class FeedbackRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How much of the description the register shows as the subject. */
    static final int SUBJECT_LENGTH = 60;

    @Inject
    FeedbackCases cases;

    @Inject
    GeneralManagerDecision generalManager;

    @Inject
    UserMessages messages;

    private EntityLazyModel<Feedback> model;
    private boolean overdue;
    private String search;
    private String preset;

    @PostConstruct
    void init() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (view.endsWith("/review.xhtml")) {
            preset = FeedbackCases.AWAITING_GM_REVIEW;
        } else if (view.endsWith("/major.xhtml")) {
            preset = FeedbackCases.AWAITING_INSTRUCTION;
        } else if (view.endsWith("/containment.xhtml")) {
            preset = FeedbackCases.CONTAINMENT_OPEN;
        }
        model = new EntityLazyModel<>(request -> {
            var filters = new HashMap<>(request.filters());
            if (overdue) {
                filters.put(FeedbackCases.OVERDUE, "true");
            }
            if (search != null && !search.isBlank()) {
                filters.put(FeedbackCases.SEARCH, search);
            }
            if (preset != null) {
                filters.put(preset, "true");
            }
            return cases.page(new PageRequest(
                    request.first(), request.size(), request.sortField(), request.ascending(), filters));
        });
    }

    public String getPreset() {
        return preset;
    }

    /** The general manager's review list (CF-02): a row is marked reviewed and leaves the list. */
    public boolean isReviewList() {
        return FeedbackCases.AWAITING_GM_REVIEW.equals(preset);
    }

    public void review(Feedback row) {
        if (messages.attempt(() -> generalManager.review(row.getId()), null)) {
            messages.info("feedback.review.done");
        }
    }

    /**
     * The register's subject (CF-03): the start of what the customer said, on one line; the whole
     * text is the tooltip and goes to the export.
     */
    public String subject(String description) {
        if (description == null) {
            return "";
        }
        String line = description.strip().replaceAll("\\s+", " ");
        return line.length() <= SUBJECT_LENGTH
                ? line
                : line.substring(0, SUBJECT_LENGTH - 1).stripTrailing() + "…";
    }

    public FeedbackStatus[] getStatuses() {
        return FeedbackStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public FeedbackType[] getTypes() {
        return FeedbackType.values();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public EntityLazyModel<Feedback> getModel() {
        return model;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
