package com.qualitydesk.web.feedback;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Product;
import com.qualitydesk.feedback.AnalysisForm;
import com.qualitydesk.feedback.CauseCategory;
import com.qualitydesk.feedback.ChangeKind;
import com.qualitydesk.feedback.ChangeProposal;
import com.qualitydesk.feedback.ChangeProposals;
import com.qualitydesk.feedback.ChangeStatus;
import com.qualitydesk.feedback.Containment;
import com.qualitydesk.feedback.ContainmentResult;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.CustomerVisit;
import com.qualitydesk.feedback.CustomerVisits;
import com.qualitydesk.feedback.DeadlinePause;
import com.qualitydesk.feedback.Disposition;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackAnalysis;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackClosing;
import com.qualitydesk.feedback.FeedbackRegistration;
import com.qualitydesk.feedback.FeedbackStatus;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.GeneralManagerDecision;
import com.qualitydesk.feedback.InformationSheet;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.feedback.QualityCosts;
import com.qualitydesk.feedback.RecallDecision;
import com.qualitydesk.feedback.RecallEvaluation;
import com.qualitydesk.feedback.RegistrationForm;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.feedback.WrittenReply;
import com.qualitydesk.feedback.document.FeedbackDocuments;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.tabview.TabView;
import org.primefaces.event.TabChangeEvent;

/**
 * feedback/case.xhtml: one case with its deadline clock and a tab per step of the procedure. Each
 * form is offered only to the departments whose service call would accept it; the services check
 * again.
 */
@Named
@ViewScoped
public class FeedbackCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackCases cases;

    @Inject
    FeedbackRegistration registration;

    @Inject
    FeedbackAnalysis analysis;

    @Inject
    GeneralManagerDecision generalManager;

    @Inject
    RecallEvaluation recall;

    @Inject
    Containment containment;

    @Inject
    WrittenReply reply;

    @Inject
    FeedbackClosing closing;

    @Inject
    DeadlinePause pause;

    @Inject
    ChangeProposals changes;

    @Inject
    CustomerVisits visits;

    @Inject
    QualityCosts costs;

    @Inject
    CorrectiveActions actions;

    @Inject
    Contacts contacts;

    @Inject
    FeedbackDocuments documents;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    private Long id;
    private Feedback feedback;
    private List<String> missing = List.of();
    private List<CorrectiveAction> actionList = List.of();
    private Map<Long, Long> recurrences = Map.of();
    private List<InformationSheet> sheets = List.of();
    private List<ChangeProposal> changeList = List.of();
    private List<CustomerVisit> visitList = List.of();
    private List<QualityCost> costList = List.of();
    private Map<String, BigDecimal> costTotals = Map.of();
    private List<Delivery> scope = List.of();
    private int tab;

    // registration (CF-03/05/06/09)
    private Customer regCustomer;
    private Long regContactId;
    private Product regProduct;
    private String regLot;
    private Integer regQuantity;
    private FeedbackType regType;
    private Severity regSeverity;
    private String regDescription;
    private boolean regSafety;
    private boolean regProduction;
    private boolean regUrgent;
    private Integer regContainmentDays;

    private Severity newSeverity;
    private String severityReason;
    private String pauseReason;

    // analysis (CF-04/10), meeting (CF-05), sheets (CF-04), instruction (CF-08), recall (CF-09)
    private String why1;
    private String why2;
    private String why3;
    private String why4;
    private String why5;
    private String rootCause;
    private CauseCategory category;
    private Department responsibleDepartment;
    private String responsiblePerson;
    private LocalDate meetingDate;
    private String meetingAttendees;
    private String meetingMinutes;
    private String meetingDecisions;
    private Department sheetDepartment;
    private String sheetMessage;
    private LocalDate sheetDue;
    private Map<Long, String> sheetAnswers = new HashMap<>();
    private String instruction;
    private RecallDecision recallDecision;
    private String recallReason;

    // containment (CF-06)
    private boolean transferUrgent;
    private Integer transferDays;
    private Integer checked;
    private Integer nonconforming;
    private Disposition disposition;
    private String containmentNote;

    // actions (CF-10)
    private ActionKind actionKind = ActionKind.CORRECTIVE;
    private String actionDescription;
    private Department actionOwner;
    private String actionOwnerPerson;
    private LocalDate actionDue;
    private Long actionId;
    private String actionMode;
    private String evidence;
    private Boolean effective;
    private String verificationNote;
    private LocalDate followUpDue;

    private ChangeProposal change = new ChangeProposal();
    private CustomerVisit visit = new CustomerVisit();
    private QualityCost cost = new QualityCost();

    // reply (CF-12)
    private String replyText;
    private String replyLanguage;
    private LocalDate replySentOn;
    private FeedbackChannel replyChannel = FeedbackChannel.EMAIL;

    /** f:viewAction: loads the case named by ?id=. */
    public void load() {
        if (id == null) {
            messages.error("feedback.unknown");
            return;
        }
        if (!messages.attempt(this::reload, null)) {
            feedback = null;
        }
    }

    private void reload() {
        feedback = cases.find(id);
        missing = feedback.isRegistered() && !feedback.isClosed() ? closing.missing(id) : List.of();
        actionList = actions.forSource(ActionSource.FEEDBACK, id);
        recurrences = new HashMap<>();
        for (var a : actionList) {
            if (a.getStatus() == ActionStatus.COMPLETED) {
                actions.recurrences(a.getId()).ifPresent(n -> recurrences.put(a.getId(), n));
            }
        }
        sheets = cases.sheets(id);
        changeList = canReadChanges() ? changes.of(id) : List.of();
        visitList = canVisit() ? visits.of(id) : List.of();
        costList = canReadCosts() ? costs.of(id) : List.of();
        costTotals = canReadCosts() ? costs.totalOf(id) : Map.of();
        scope = feedback.isSafetyRelated() && canReadScope() ? recall.scope(id) : List.of();
        fillForms();
    }

    private void fillForms() {
        regCustomer = feedback.getCustomer();
        regContactId =
                feedback.getContact() == null ? null : feedback.getContact().getId();
        regProduct = feedback.getProduct();
        regLot = feedback.getLotNumber();
        regQuantity = feedback.getQuantityAffected();
        regType = feedback.getType();
        regSeverity = feedback.getSeverity();
        regDescription = feedback.getDescription();
        regSafety = feedback.isSafetyRelated();
        newSeverity = feedback.getSeverity();
        why1 = feedback.getAnalysis().getWhy1();
        why2 = feedback.getAnalysis().getWhy2();
        why3 = feedback.getAnalysis().getWhy3();
        why4 = feedback.getAnalysis().getWhy4();
        why5 = feedback.getAnalysis().getWhy5();
        rootCause = feedback.getAnalysis().getRootCause();
        category = feedback.getAnalysis().getCauseCategory();
        responsibleDepartment = feedback.getAnalysis().getResponsibleDepartment();
        responsiblePerson = feedback.getAnalysis().getResponsiblePerson();
        meetingDate = feedback.getMeeting().getDate();
        meetingAttendees = feedback.getMeeting().getAttendees();
        meetingMinutes = feedback.getMeeting().getMinutes();
        meetingDecisions = feedback.getMeeting().getDecisions();
        instruction = feedback.getInstruction().getText();
        recallDecision = feedback.getRecall().getDecision();
        recallReason = feedback.getRecall().getReason();
        checked = feedback.getContainment().getQuantityChecked();
        nonconforming = feedback.getContainment().getQuantityNonconforming();
        disposition = feedback.getContainment().getDisposition();
        containmentNote = feedback.getContainment().getNote();
        replyLanguage = feedback.getReply().getLanguage() != null
                ? feedback.getReply().getLanguage()
                : feedback.getContact() != null && feedback.getContact().getLanguage() != null
                        ? feedback.getContact().getLanguage()
                        : user.getLanguage();
        replyText = feedback.getReply().getText() != null ? feedback.getReply().getText() : prefill(replyLanguage);
        replySentOn =
                feedback.getReply().getSentOn() != null ? feedback.getReply().getSentOn() : LocalDate.now(clock);
        if (feedback.getReply().getChannel() != null) {
            replyChannel = feedback.getReply().getChannel();
        }
    }

    /** CF-12: the reply starts from the template of the letter: cause and actions, in its language. */
    String prefill(String language) {
        return feedback.isRegistered() ? documents.replyTemplate(id, language) : "";
    }

    public void languageChanged() {
        if (feedback.getReply().getText() == null) {
            replyText = prefill(replyLanguage);
        }
    }

    public void refill() {
        replyText = prefill(replyLanguage);
    }

    private boolean act(Runnable step, String successKey) {
        boolean done = messages.attempt(step, successKey);
        if (done) {
            messages.attempt(this::reload, null);
        }
        return done;
    }

    /** After registration the page is loaded again: its title carries the new number. */
    public void register() {
        boolean registered = act(
                () -> registration.register(
                        id,
                        new RegistrationForm(
                                regCustomer == null ? null : regCustomer.getId(),
                                regContactId,
                                regProduct == null ? null : regProduct.getId(),
                                regLot,
                                regQuantity,
                                regType,
                                regSeverity,
                                regDescription,
                                regSafety,
                                regProduction,
                                regUrgent,
                                regContainmentDays)),
                "feedback.registered");
        if (registered) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + "/feedback/case.xhtml?id=" + id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void changeSeverity() {
        if (act(() -> registration.changeSeverity(id, newSeverity, severityReason), "feedback.severity.changed")) {
            severityReason = null;
        }
    }

    public void pauseClock() {
        if (act(() -> pause.pause(id, pauseReason), "feedback.paused")) {
            pauseReason = null;
        }
    }

    public void resumeClock() {
        act(() -> pause.resume(id), "feedback.resumed");
    }

    public void recordCause() {
        act(
                () -> analysis.recordCause(id, new AnalysisForm(why1, why2, why3, why4, why5, rootCause, category)),
                "feedback.analysis.saved");
    }

    public void assignResponsibility() {
        act(
                () -> analysis.assignResponsibility(id, responsibleDepartment, responsiblePerson),
                "feedback.responsibility.saved");
    }

    public void recordMeeting() {
        act(
                () -> analysis.recordMeeting(id, meetingDate, meetingAttendees, meetingMinutes, meetingDecisions),
                "feedback.meeting.saved");
    }

    public void issueSheet() {
        if (act(() -> analysis.issueSheet(id, sheetDepartment, sheetMessage, sheetDue), "feedback.sheet.issued")) {
            sheetDepartment = null;
            sheetMessage = null;
            sheetDue = null;
        }
    }

    public void answerSheet(InformationSheet sheet) {
        if (act(
                () -> analysis.answerSheet(sheet.getId(), sheetAnswers.get(sheet.getId())),
                "feedback.sheet.answered")) {
            sheetAnswers.remove(sheet.getId());
        }
    }

    public boolean canAnswer(InformationSheet sheet) {
        return isOpen()
                && sheet.getAnswer() == null
                && (user.in(sheet.getDepartment().name()) || user.in("QUALITY"));
    }

    public void instruct() {
        act(() -> generalManager.instruct(id, instruction), "feedback.gm.saved");
    }

    public void decideRecall() {
        act(() -> recall.decide(id, recallDecision, recallReason), "feedback.recall.saved");
    }

    public void transfer() {
        act(() -> containment.transfer(id, transferUrgent, transferDays), "feedback.containment.transferred");
    }

    public void recordContainment() {
        act(
                () -> containment.record(
                        id, new ContainmentResult(checked, nonconforming, disposition, containmentNote)),
                "feedback.containment.saved");
    }

    public void openAction() {
        if (act(
                () -> actions.open(new NewAction(
                        ActionSource.FEEDBACK,
                        id,
                        feedback.getNumber(),
                        actionKind,
                        actionDescription,
                        actionOwner,
                        actionOwnerPerson,
                        actionDue)),
                "action.opened")) {
            actionDescription = null;
            actionOwnerPerson = null;
            actionDue = null;
        }
    }

    public void startComplete(CorrectiveAction action) {
        actionId = action.getId();
        actionMode = "complete";
        evidence = null;
    }

    public void startVerify(CorrectiveAction action) {
        actionId = action.getId();
        actionMode = "verify";
        effective = null;
        verificationNote = null;
        followUpDue = null;
    }

    public void complete() {
        if (act(() -> actions.complete(actionId, evidence), "action.completed")) {
            cancelAction();
        }
    }

    public void verify() {
        if (effective == null) {
            messages.error("action.verification.resultRequired");
            return;
        }
        if (act(
                () -> actions.verify(actionId, effective, verificationNote, effective ? null : followUpDue),
                effective ? "action.verified" : "action.failed")) {
            cancelAction();
        }
    }

    public void cancelAction() {
        actionId = null;
        actionMode = null;
    }

    public String getActionMode() {
        return actionMode;
    }

    public CorrectiveAction getSelectedAction() {
        return actionId == null
                ? null
                : actionList.stream()
                        .filter(a -> a.getId().equals(actionId))
                        .findFirst()
                        .orElse(null);
    }

    public boolean canComplete(CorrectiveAction action) {
        return action.isOpen() && (user.in(action.getOwnerDepartment().name()) || user.in("QUALITY"));
    }

    public boolean canVerify(CorrectiveAction action) {
        return user.in("QUALITY") && action.getStatus() == ActionStatus.COMPLETED && isVerifiable(action);
    }

    public boolean isVerifiable(CorrectiveAction action) {
        return action.getVerificationDue() != null && !LocalDate.now(clock).isBefore(action.getVerificationDue());
    }

    public Long recurrencesOf(CorrectiveAction action) {
        return recurrences.get(action.getId());
    }

    public void saveChange() {
        if (act(() -> changes.save(id, change), "change.saved")) {
            change = new ChangeProposal();
        }
    }

    public void editChange(ChangeProposal row) {
        change = row;
    }

    public void newChange() {
        change = new ChangeProposal();
    }

    public void saveVisit() {
        if (act(() -> visits.save(id, visit), "visit.saved")) {
            visit = new CustomerVisit();
        }
    }

    public void saveCost() {
        if (act(() -> costs.save(id, cost), "cost.saved")) {
            cost = new QualityCost();
        }
    }

    public void saveDraft() {
        act(() -> reply.saveDraft(id, replyText, replyLanguage), "feedback.reply.saved");
    }

    public void recordSent() {
        act(
                () -> {
                    reply.saveDraft(id, replyText, replyLanguage);
                    reply.recordSent(id, replySentOn, replyChannel);
                },
                "feedback.reply.sent");
    }

    public void close() {
        act(() -> closing.close(id), "feedback.closed.done");
    }

    public void onTabChange(TabChangeEvent<?> event) {
        tab = ((TabView) event.getComponent()).getActiveIndex();
    }

    // what the screen offers to whom

    public boolean isOpen() {
        return feedback != null && feedback.isRegistered() && !feedback.isClosed();
    }

    public boolean isCanRegister() {
        return feedback != null && feedback.getStatus() == FeedbackStatus.RECEIVED && user.in("SALES");
    }

    public boolean isSalesOrQuality() {
        return isOpen() && user.inAny("SALES", "QUALITY");
    }

    public boolean isCanAnalyse() {
        return isOpen() && user.inAny("QUALITY", "TECHNICAL");
    }

    public boolean isQuality() {
        return isOpen() && user.in("QUALITY");
    }

    public boolean isCanMeet() {
        return isQuality()
                && (feedback.getSeverity() == Severity.LARGE_BATCH || feedback.getSeverity() == Severity.MAJOR);
    }

    public boolean isCanInstruct() {
        return isOpen() && user.in("GENERAL_MANAGER") && feedback.getSeverity() == Severity.MAJOR;
    }

    public boolean isCanDecideRecall() {
        return isQuality() && feedback.isSafetyRelated();
    }

    public boolean isCanTransfer() {
        return isSalesOrQuality() && feedback.getContainment().getDueAt() == null;
    }

    public boolean isCanContain() {
        return isOpen() && user.in("PRODUCTION") && feedback.getContainment().getDueAt() != null;
    }

    public boolean canReadChanges() {
        return user.inAny("SALES", "QUALITY", "TECHNICAL", "PRODUCTION", "GENERAL_MANAGER");
    }

    public boolean isCanReadChanges() {
        return canReadChanges();
    }

    public boolean isCanProposeChange() {
        return isOpen() && user.in("TECHNICAL");
    }

    public boolean canVisit() {
        return user.inAny("SALES", "QUALITY", "TECHNICAL", "SERVICE", "GENERAL_MANAGER");
    }

    public boolean isCanVisit() {
        return canVisit();
    }

    public boolean isCanRecordVisit() {
        return isOpen() && canVisit();
    }

    public boolean canReadCosts() {
        return user.inAny("SALES", "QUALITY", "FINANCE", "GENERAL_MANAGER");
    }

    public boolean isCanReadCosts() {
        return canReadCosts();
    }

    public boolean isCanRecordCost() {
        return isOpen() && user.inAny("SALES", "QUALITY", "FINANCE");
    }

    public boolean canReadScope() {
        return user.inAny("SALES", "QUALITY", "TECHNICAL", "PRODUCTION", "GENERAL_MANAGER");
    }

    public boolean isCanReadScope() {
        return canReadScope();
    }

    public boolean isCanReply() {
        return isOpen() && user.in("SALES") && !feedback.isReplySent();
    }

    public String getReference() {
        if (feedback == null) {
            return "";
        }
        if (feedback.getNumber() != null) {
            return feedback.getNumber();
        }
        return feedback.getPublicReference() != null ? feedback.getPublicReference() : "#" + feedback.getId();
    }

    /** The contacts of the customer chosen in the registration form. */
    public List<Contact> getContacts() {
        if (regCustomer == null) {
            return List.of();
        }
        return contacts.pageOf(regCustomer.getId(), new PageRequest(0, 200, "name", true, Map.of()))
                .rows();
    }

    public void regCustomerChanged() {
        regContactId = null;
    }

    public List<String> getCostCurrencies() {
        return new ArrayList<>(costTotals.keySet());
    }

    public FeedbackType[] getTypes() {
        return FeedbackType.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public CauseCategory[] getCategories() {
        return CauseCategory.values();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public RecallDecision[] getRecallDecisions() {
        return RecallDecision.values();
    }

    public Disposition[] getDispositions() {
        return Disposition.values();
    }

    public ActionKind[] getActionKinds() {
        return ActionKind.values();
    }

    public ChangeKind[] getChangeKinds() {
        return ChangeKind.values();
    }

    public ChangeStatus[] getChangeStatuses() {
        return ChangeStatus.values();
    }

    public CostKind[] getCostKinds() {
        return CostKind.values();
    }

    public CostBearer[] getCostBearers() {
        return CostBearer.values();
    }

    public FeedbackChannel[] getChannels() {
        return FeedbackChannel.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    // plain accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public List<String> getMissing() {
        return missing;
    }

    public List<CorrectiveAction> getActionList() {
        return actionList;
    }

    public List<InformationSheet> getSheets() {
        return sheets;
    }

    public List<ChangeProposal> getChangeList() {
        return changeList;
    }

    public List<CustomerVisit> getVisitList() {
        return visitList;
    }

    public List<QualityCost> getCostList() {
        return costList;
    }

    public Map<String, BigDecimal> getCostTotals() {
        return costTotals;
    }

    public List<Delivery> getScope() {
        return scope;
    }

    public int getScopeQuantity() {
        return scope.stream()
                .mapToInt(d -> d.getQuantity() == null ? 0 : d.getQuantity())
                .sum();
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public Customer getRegCustomer() {
        return regCustomer;
    }

    public void setRegCustomer(Customer regCustomer) {
        this.regCustomer = regCustomer;
    }

    public Long getRegContactId() {
        return regContactId;
    }

    public void setRegContactId(Long regContactId) {
        this.regContactId = regContactId;
    }

    public Product getRegProduct() {
        return regProduct;
    }

    public void setRegProduct(Product regProduct) {
        this.regProduct = regProduct;
    }

    public String getRegLot() {
        return regLot;
    }

    public void setRegLot(String regLot) {
        this.regLot = regLot;
    }

    public Integer getRegQuantity() {
        return regQuantity;
    }

    public void setRegQuantity(Integer regQuantity) {
        this.regQuantity = regQuantity;
    }

    public FeedbackType getRegType() {
        return regType;
    }

    public void setRegType(FeedbackType regType) {
        this.regType = regType;
    }

    public Severity getRegSeverity() {
        return regSeverity;
    }

    public void setRegSeverity(Severity regSeverity) {
        this.regSeverity = regSeverity;
    }

    public String getRegDescription() {
        return regDescription;
    }

    public void setRegDescription(String regDescription) {
        this.regDescription = regDescription;
    }

    public boolean isRegSafety() {
        return regSafety;
    }

    public void setRegSafety(boolean regSafety) {
        this.regSafety = regSafety;
    }

    public boolean isRegProduction() {
        return regProduction;
    }

    public void setRegProduction(boolean regProduction) {
        this.regProduction = regProduction;
    }

    public boolean isRegUrgent() {
        return regUrgent;
    }

    public void setRegUrgent(boolean regUrgent) {
        this.regUrgent = regUrgent;
    }

    public Integer getRegContainmentDays() {
        return regContainmentDays;
    }

    public void setRegContainmentDays(Integer regContainmentDays) {
        this.regContainmentDays = regContainmentDays;
    }

    public Severity getNewSeverity() {
        return newSeverity;
    }

    public void setNewSeverity(Severity newSeverity) {
        this.newSeverity = newSeverity;
    }

    public String getSeverityReason() {
        return severityReason;
    }

    public void setSeverityReason(String severityReason) {
        this.severityReason = severityReason;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    public String getWhy1() {
        return why1;
    }

    public void setWhy1(String why1) {
        this.why1 = why1;
    }

    public String getWhy2() {
        return why2;
    }

    public void setWhy2(String why2) {
        this.why2 = why2;
    }

    public String getWhy3() {
        return why3;
    }

    public void setWhy3(String why3) {
        this.why3 = why3;
    }

    public String getWhy4() {
        return why4;
    }

    public void setWhy4(String why4) {
        this.why4 = why4;
    }

    public String getWhy5() {
        return why5;
    }

    public void setWhy5(String why5) {
        this.why5 = why5;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public CauseCategory getCategory() {
        return category;
    }

    public void setCategory(CauseCategory category) {
        this.category = category;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public void setResponsibleDepartment(Department responsibleDepartment) {
        this.responsibleDepartment = responsibleDepartment;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingAttendees() {
        return meetingAttendees;
    }

    public void setMeetingAttendees(String meetingAttendees) {
        this.meetingAttendees = meetingAttendees;
    }

    public String getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(String meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public String getMeetingDecisions() {
        return meetingDecisions;
    }

    public void setMeetingDecisions(String meetingDecisions) {
        this.meetingDecisions = meetingDecisions;
    }

    public Department getSheetDepartment() {
        return sheetDepartment;
    }

    public void setSheetDepartment(Department sheetDepartment) {
        this.sheetDepartment = sheetDepartment;
    }

    public String getSheetMessage() {
        return sheetMessage;
    }

    public void setSheetMessage(String sheetMessage) {
        this.sheetMessage = sheetMessage;
    }

    public LocalDate getSheetDue() {
        return sheetDue;
    }

    public void setSheetDue(LocalDate sheetDue) {
        this.sheetDue = sheetDue;
    }

    public Map<Long, String> getSheetAnswers() {
        return sheetAnswers;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public RecallDecision getRecallDecision() {
        return recallDecision;
    }

    public void setRecallDecision(RecallDecision recallDecision) {
        this.recallDecision = recallDecision;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public void setRecallReason(String recallReason) {
        this.recallReason = recallReason;
    }

    public boolean isTransferUrgent() {
        return transferUrgent;
    }

    public void setTransferUrgent(boolean transferUrgent) {
        this.transferUrgent = transferUrgent;
    }

    public Integer getTransferDays() {
        return transferDays;
    }

    public void setTransferDays(Integer transferDays) {
        this.transferDays = transferDays;
    }

    public Integer getChecked() {
        return checked;
    }

    public void setChecked(Integer checked) {
        this.checked = checked;
    }

    public Integer getNonconforming() {
        return nonconforming;
    }

    public void setNonconforming(Integer nonconforming) {
        this.nonconforming = nonconforming;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(Disposition disposition) {
        this.disposition = disposition;
    }

    public String getContainmentNote() {
        return containmentNote;
    }

    public void setContainmentNote(String containmentNote) {
        this.containmentNote = containmentNote;
    }

    public ActionKind getActionKind() {
        return actionKind;
    }

    public void setActionKind(ActionKind actionKind) {
        this.actionKind = actionKind;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Department getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(Department actionOwner) {
        this.actionOwner = actionOwner;
    }

    public String getActionOwnerPerson() {
        return actionOwnerPerson;
    }

    public void setActionOwnerPerson(String actionOwnerPerson) {
        this.actionOwnerPerson = actionOwnerPerson;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Boolean getEffective() {
        return effective;
    }

    public void setEffective(Boolean effective) {
        this.effective = effective;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    public ChangeProposal getChange() {
        return change;
    }

    public CustomerVisit getVisit() {
        return visit;
    }

    public QualityCost getCost() {
        return cost;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public void setReplyLanguage(String replyLanguage) {
        this.replyLanguage = replyLanguage == null || replyLanguage.isBlank() ? user.getLanguage() : replyLanguage;
    }

    public LocalDate getReplySentOn() {
        return replySentOn;
    }

    public void setReplySentOn(LocalDate replySentOn) {
        this.replySentOn = replySentOn;
    }

    public FeedbackChannel getReplyChannel() {
        return replyChannel;
    }

    public void setReplyChannel(FeedbackChannel replyChannel) {
        this.replyChannel = replyChannel;
    }
}
