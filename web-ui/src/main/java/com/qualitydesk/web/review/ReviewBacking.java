package com.qualitydesk.web.review;

import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.review.DecisionKind;
import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ManagementReviews;
import com.qualitydesk.review.NewDecision;
import com.qualitydesk.review.ReviewDecision;
import com.qualitydesk.review.ReviewInput;
import com.qualitydesk.review.ReviewSignature;
import com.qualitydesk.review.ReviewSubmission;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * review/review.xhtml?id=…: one management review (IM-03): the departments' submissions with their
 * due time and state (each department submits its own), SALES's summary, the inputs their owners
 * enter, the pack assembled with one click and its SHA-256, the minutes with their decisions
 * (§9.3.3) that become actions, the general manager's signature with the password asked again,
 * and the pack as PDF (English, Chinese) and Excel. What may be done is offered by the review's
 * state and the reader's departments; the services decide.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A decision being written in the minutes' editor. */
    public static final class DecisionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DecisionKind kind = DecisionKind.IMPROVEMENT;
        private String description;
        private Department owner;
        private LocalDate due;

        public DecisionKind getKind() {
            return kind;
        }

        public void setKind(DecisionKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Department getOwner() {
            return owner;
        }

        public void setOwner(Department owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    @Inject
    ManagementReviews reviews;

    @Inject
    ReviewSignature signature;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    java.time.Clock clock;

    private Long id;
    private transient ManagementReview review;
    private transient List<ReviewSubmission> submissions;
    private transient List<ReviewDecision> decisions;
    private transient Map<Long, CorrectiveAction> actions;

    private final Map<Long, String> reports = new HashMap<>();
    private final Map<Long, String> measures = new HashMap<>();
    private final Map<ReviewInput, String> inputs = new EnumMap<>(ReviewInput.class);
    private String summary;
    private String minutes;
    private final List<DecisionRow> rows = new ArrayList<>();
    private String password;

    @PostConstruct
    void init() {
        String parameter = external.getRequestParameterMap().get("id");
        try {
            id = parameter == null ? null : Long.valueOf(parameter.strip());
            String year = external.getRequestParameterMap().get("year");
            if (id == null && year != null) {
                // the inbox step names the review by its year
                id = reviews.findByYear(Integer.parseInt(year.strip()))
                        .map(ManagementReview::getId)
                        .orElse(null);
            }
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
        rows.add(new DecisionRow());
    }

    private void load() {
        review = null;
        submissions = List.of();
        decisions = List.of();
        actions = Map.of();
        if (id == null) {
            return;
        }
        messages.attempt(
                () -> {
                    review = reviews.find(id);
                    submissions = reviews.submissions(id);
                    decisions = reviews.decisions(id);
                    var byId = new HashMap<Long, CorrectiveAction>();
                    reviews.actions(id).forEach(a -> byId.put(a.getId(), a));
                    actions = byId;
                },
                null);
        if (review == null) {
            return;
        }
        for (ReviewSubmission s : submissions) {
            reports.put(s.getId(), s.getReport());
            measures.put(s.getId(), s.getMeasures());
        }
        for (ReviewInput input : ReviewInput.values()) {
            if (input.isManual()) {
                inputs.put(input, review.manualInput(input));
            }
        }
        summary = review.getSalesSummary();
        minutes = review.getMinutes();
    }

    // ---- what the reader may do

    private boolean in(Department d) {
        return user.departments().contains(d);
    }

    public boolean mayTakePart() {
        return in(Department.SALES) || in(Department.GENERAL_MANAGER);
    }

    public boolean isInputsOpen() {
        return review != null && review.inputsOpen();
    }

    public boolean maySubmit(ReviewSubmission s) {
        return isInputsOpen() && in(s.getDepartment());
    }

    /** A department sees its own submission; SALES and the general manager see all of them. */
    public List<ReviewSubmission> getVisibleSubmissions() {
        if (mayTakePart()) {
            return submissions;
        }
        return submissions.stream().filter(s -> in(s.getDepartment())).toList();
    }

    public boolean isMaySummarise() {
        return isInputsOpen() && in(Department.SALES);
    }

    public boolean mayEnter(ReviewInput input) {
        return isInputsOpen() && input.owner().filter(this::in).isPresent();
    }

    public boolean isMayAssemble() {
        return isInputsOpen() && mayTakePart();
    }

    public boolean isMayRecordMinutes() {
        return review != null
                && review.getState() == com.qualitydesk.review.ReviewState.PACK_ASSEMBLED
                && mayTakePart();
    }

    public boolean isMaySign() {
        return review != null
                && review.getState() == com.qualitydesk.review.ReviewState.MINUTES_RECORDED
                && in(Department.GENERAL_MANAGER);
    }

    public boolean isHasPack() {
        return review != null && review.getPackHash() != null;
    }

    public boolean late(ReviewSubmission s) {
        return s.isLateAt(clock.instant());
    }

    // ---- the steps

    public void submit(ReviewSubmission s) {
        if (messages.attempt(
                () -> reviews.submit(s.getId(), reports.get(s.getId()), measures.get(s.getId())), "review.submitted")) {
            load();
        }
    }

    public void saveSummary() {
        if (messages.attempt(() -> reviews.summarise(id, summary), "review.summary.saved")) {
            load();
        }
    }

    public void saveInput(ReviewInput input) {
        if (messages.attempt(() -> reviews.enter(id, input, inputs.get(input)), "review.input.saved")) {
            load();
        }
    }

    public void assemble() {
        if (messages.attempt(() -> reviews.assemble(id), "review.assembled")) {
            load();
        }
    }

    public void addRow() {
        rows.add(new DecisionRow());
    }

    public void removeRow(DecisionRow row) {
        rows.remove(row);
        if (rows.isEmpty()) {
            rows.add(new DecisionRow());
        }
    }

    public void recordMinutes() {
        List<NewDecision> taken = rows.stream()
                .filter(r -> r.getDescription() != null && !r.getDescription().isBlank() || r.getOwner() != null)
                .map(r -> new NewDecision(r.getKind(), r.getDescription(), r.getOwner(), r.getDue()))
                .toList();
        if (messages.attempt(() -> reviews.recordMinutes(id, minutes, taken), "review.minutes.saved")) {
            rows.clear();
            rows.add(new DecisionRow());
            load();
        }
    }

    public void sign() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        if (messages.attempt(() -> signature.sign(id, typed), "review.signed.done")) {
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('signDialog').hide()");
        }
    }

    public StreamedContent getPdfEnglish() {
        return pdf("en");
    }

    public StreamedContent getPdfChinese() {
        return pdf("zh_CN");
    }

    private StreamedContent pdf(String language) {
        long reviewId = id;
        int year = review.getYear();
        return DefaultStreamedContent.builder()
                .name("management-review-" + year + "-" + language + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(reviews.pdf(reviewId, language)))
                .build();
    }

    public StreamedContent getWorkbook() {
        long reviewId = id;
        String language = user.getLanguage();
        return DefaultStreamedContent.builder()
                .name("management-review-" + review.getYear() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(reviews.workbook(reviewId, language)))
                .build();
    }

    // ---- view state

    public ManagementReview getReview() {
        return review;
    }

    public List<ReviewDecision> getDecisions() {
        return decisions;
    }

    public CorrectiveAction action(long actionId) {
        return actions.get(actionId);
    }

    public List<ReviewInput> getManualInputs() {
        return java.util.Arrays.stream(ReviewInput.values())
                .filter(ReviewInput::isManual)
                .toList();
    }

    public DecisionKind[] getDecisionKinds() {
        return DecisionKind.values();
    }

    public List<Department> getOwners() {
        return ManagementReviews.REPORTING;
    }

    public Map<Long, String> getReports() {
        return reports;
    }

    public Map<Long, String> getMeasures() {
        return measures;
    }

    public Map<ReviewInput, String> getInputs() {
        return inputs;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<DecisionRow> getRows() {
        return rows;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
