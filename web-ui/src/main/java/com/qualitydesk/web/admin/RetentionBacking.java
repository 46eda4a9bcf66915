package com.qualitydesk.web.admin;

import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.retention.ExpiryBlocker;
import com.qualitydesk.retention.ExpiryCandidate;
import com.qualitydesk.retention.ExpiryCandidates;
import com.qualitydesk.retention.ExpiryConfirmation;
import com.qualitydesk.retention.ExpiryProposal;
import com.qualitydesk.retention.ExpiryStatus;
import com.qualitydesk.retention.ExpiryTombstone;
import com.qualitydesk.retention.ExpiryTombstones;
import com.qualitydesk.retention.LegalHold;
import com.qualitydesk.retention.LegalHolds;
import com.qualitydesk.retention.RecordExpiries;
import com.qualitydesk.retention.RecordExpiry;
import com.qualitydesk.retention.RecordFilter;
import com.qualitydesk.retention.RecordKey;
import com.qualitydesk.retention.RecordKind;
import com.qualitydesk.retention.RetentionOverview;
import com.qualitydesk.retention.RetentionStep;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.survey.ReplyChannel;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.Formats;
import com.qualitydesk.web.shared.LazyRows;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * admin/retention.xhtml (CC-03): the periods of the kinds of record, the records past them with
 * what keeps each from expiring, legal holds, the expiries ADMIN proposes and QUALITY confirms or
 * rejects, and the tombstones of the expired records. The screen offers each step only to whom
 * RetentionStep allows it (and a confirmation never to whoever proposed); the rules are the
 * services'.
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpiryCandidates candidates;

    @Inject
    LegalHolds holds;

    @Inject
    ExpiryProposal proposal;

    @Inject
    ExpiryConfirmation confirmation;

    @Inject
    RecordExpiries expiries;

    @Inject
    ExpiryTombstones tombstones;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    Formats formats;

    private RecordKind kind = RecordKind.CUSTOMER_COMMUNICATION;
    private List<RetentionOverview> overview = List.of();
    private long waiting;
    private LazyRows<ExpiryCandidate> records;
    private EntityLazyModel<RecordExpiry> expiryModel;
    private EntityLazyModel<LegalHold> holdModel;
    private LazyRows<ExpiryTombstone> tombstoneModel;
    private boolean activeHoldsOnly = true;
    private int activeTab;

    /** The records ADMIN chose for an expiry, by key, with their references, across pages and kinds. */
    private final Map<String, Boolean> chosen = new HashMap<>();

    private final Map<String, String> chosenReferences = new LinkedHashMap<>();

    private String proposeReason;

    private RecordKind holdKind;
    private long holdRecordId;
    private String holdReference;
    private String holdReason;

    private Long liftId;
    private long liftVersion;
    private String liftReference;
    private String liftReason;

    private Long rejectId;
    private long rejectVersion;
    private String rejectNote;

    @PostConstruct
    void init() {
        refresh();
        records = new LazyRows<>(this::recordsPage, ExpiryCandidate::key);
        expiryModel = new EntityLazyModel<>(request -> expiries.page(request));
        holdModel = new EntityLazyModel<>(request -> holds.page(activeHoldsOnly, request));
        tombstoneModel = new LazyRows<>(request -> tombstones.page(request), ExpiryTombstone::getId);
    }

    private Page<ExpiryCandidate> recordsPage(PageRequest request) {
        var f = request.filters();
        String variant = text(f.get("variant"));
        // a variant of the kind shown before means nothing for this one
        var filter = new RecordFilter(
                text(f.get("customer")), text(f.get("reference")), getVariants().contains(variant) ? variant : null);
        return candidates.page(
                kind,
                filter,
                new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), Map.of()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The periods and the counts, after any step that changes them. */
    void refresh() {
        messages.attempt(
                () -> {
                    overview = candidates.overview();
                    waiting = expiries.waiting();
                },
                null);
    }

    // ---- the records past their period

    public void choose(ExpiryCandidate row) {
        if (Boolean.TRUE.equals(chosen.get(row.key()))) {
            chosenReferences.put(row.key(), row.record().reference());
        } else {
            chosen.remove(row.key());
            chosenReferences.remove(row.key());
        }
    }

    public void startProposal() {
        proposeReason = null;
    }

    public void propose() {
        List<RecordKey> keys =
                chosenReferences.keySet().stream().map(RetentionBacking::key).toList();
        String reason = proposeReason;
        RecordExpiry[] made = new RecordExpiry[1];
        if (messages.attempt(() -> made[0] = proposal.propose(keys, reason), null)) {
            messages.info(
                    "retention.message.proposed",
                    made[0].getId(),
                    made[0].getRecords().size());
            chosen.clear();
            chosenReferences.clear();
            proposeReason = null;
            refresh();
            PrimeFaces.current().executeScript("PF('proposeDialog').hide()");
        }
    }

    static RecordKey key(String key) {
        int colon = key.indexOf(':');
        return new RecordKey(RecordKind.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
    }

    public void startHold(ExpiryCandidate row) {
        holdKind = row.record().kind();
        holdRecordId = row.record().id();
        holdReference = row.record().reference();
        holdReason = null;
    }

    public void placeHold() {
        String reason = holdReason;
        if (messages.attempt(() -> holds.place(holdKind, holdRecordId, reason), null)) {
            messages.info("retention.message.holdPlaced", holdReference);
            holdReason = null;
            refresh();
            PrimeFaces.current().executeScript("PF('holdDialog').hide()");
        }
    }

    public void startLift(ExpiryCandidate row) {
        startLift(row.holdId(), row.holdVersion(), row.record().reference());
    }

    public void startLift(LegalHold hold) {
        startLift(hold.getId(), hold.getVersion(), hold.getReference());
    }

    private void startLift(Long id, Long version, String reference) {
        liftId = id;
        liftVersion = version == null ? 0 : version;
        liftReference = reference;
        liftReason = null;
    }

    public void liftHold() {
        String reason = liftReason;
        if (messages.attempt(() -> holds.lift(liftId, liftVersion, reason), null)) {
            messages.info("retention.message.holdLifted", liftReference);
            liftReason = null;
            refresh();
            PrimeFaces.current().executeScript("PF('liftDialog').hide()");
        }
    }

    // ---- the expiries

    public void confirm(RecordExpiry expiry) {
        if (messages.attempt(() -> confirmation.confirm(expiry.getId(), expiry.getVersion()), null)) {
            messages.info(
                    "retention.message.confirmed",
                    expiry.getId(),
                    expiry.getRecords().size());
            refresh();
        }
    }

    public void startReject(RecordExpiry expiry) {
        rejectId = expiry.getId();
        rejectVersion = expiry.getVersion();
        rejectNote = null;
    }

    public void reject() {
        String note = rejectNote;
        if (messages.attempt(() -> confirmation.reject(rejectId, rejectVersion, note), null)) {
            messages.info("retention.message.rejected", rejectId);
            rejectNote = null;
            refresh();
            PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
        }
    }

    public void withdraw(RecordExpiry expiry) {
        if (messages.attempt(() -> proposal.withdraw(expiry.getId(), expiry.getVersion()), null)) {
            messages.info("retention.message.withdrawn", expiry.getId());
            refresh();
        }
    }

    /** QUALITY, and never whoever proposed it: the screen offers no confirmation the service refuses. */
    public boolean mayConfirm(RecordExpiry expiry) {
        return expiry.isPending()
                && RetentionStep.CONFIRM.allows(user.departments())
                && !expiry.getProposedBy().equals(user.getUsername());
    }

    public boolean mayReject(RecordExpiry expiry) {
        return expiry.isPending() && RetentionStep.CONFIRM.allows(user.departments());
    }

    public boolean mayWithdraw(RecordExpiry expiry) {
        return expiry.isPending()
                && RetentionStep.PROPOSE.allows(user.departments())
                && expiry.getProposedBy().equals(user.getUsername());
    }

    /** Why the person may not confirm a waiting expiry, or null. */
    public String confirmHint(RecordExpiry expiry) {
        if (!expiry.isPending() || !RetentionStep.CONFIRM.allows(user.departments())) {
            return null;
        }
        return expiry.getProposedBy().equals(user.getUsername()) ? messages.text("retention.expiry.ownProposal") : null;
    }

    // ---- reading

    /** One blocker in the reader's words: a department by its name, a day in the reader's format. */
    public String blockerText(ExpiryBlocker blocker) {
        String detail = blocker.detail();
        if (blocker.detailIsDepartment()) {
            detail = messages.text("department." + detail);
        } else if (blocker.reason() == ExpiryBlocker.Reason.PERIOD_NOT_OVER && !detail.isEmpty()) {
            detail = formats.date(LocalDate.parse(detail));
        }
        return messages.text(blocker.messageKey(), detail);
    }

    /** The row's state for the Excel export: may expire, or every reason it may not. */
    public String stateText(ExpiryCandidate row) {
        return row.isExpirable()
                ? messages.text("retention.state.expirable")
                : row.blockers().stream().map(this::blockerText).collect(Collectors.joining("; "));
    }

    public String blockerSeverity(ExpiryBlocker blocker) {
        return switch (blocker.reason()) {
            case LEGAL_HOLD -> "danger";
            case PROPOSED -> "info";
            default -> "warning";
        };
    }

    public String statusSeverity(RecordExpiry expiry) {
        return switch (expiry.getStatus()) {
            case PROPOSED -> "warning";
            case CONFIRMED -> "success";
            case REJECTED -> "danger";
            case WITHDRAWN -> "secondary";
        };
    }

    /** A communication's or service record's kind, a reply's channel: as their own screens name them. */
    public String variantText(RecordKind of, String variant) {
        if (variant == null || variant.isEmpty()) {
            return "";
        }
        return messages.text(switch (of) {
                    case CUSTOMER_COMMUNICATION -> "communication.kind.";
                    case SERVICE_RECORD -> "serviceRecord.kind.";
                    case SURVEY_REPLY -> "survey.channel.";
                    case FEEDBACK_CASE -> "feedback.type.";
                }
                + variant);
    }

    /** The variants a filter of the chosen kind offers. */
    public List<String> getVariants() {
        Enum<?>[] values =
                switch (kind) {
                    case CUSTOMER_COMMUNICATION ->
                        Arrays.stream(CommunicationKind.values())
                                .filter(k -> k != CommunicationKind.LEGAL_REQUIREMENT)
                                .toArray(Enum<?>[]::new);
                    case SERVICE_RECORD -> ServiceRecordKind.values();
                    case SURVEY_REPLY -> ReplyChannel.values();
                    case FEEDBACK_CASE -> FeedbackType.values();
                };
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public RetentionOverview overviewOf(RecordKind k) {
        return overview.stream().filter(o -> o.kind() == k).findFirst().orElse(null);
    }

    public String customerName(ExpiryCandidate row) {
        return row.record().customerName(user.getLanguage());
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public ExpiryStatus[] getStatuses() {
        return ExpiryStatus.values();
    }

    public List<RetentionOverview> getOverview() {
        return overview;
    }

    public long getWaiting() {
        return waiting;
    }

    public int getChosenCount() {
        return chosenReferences.size();
    }

    public String getChosenList() {
        return String.join(", ", chosenReferences.values());
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public LazyRows<ExpiryCandidate> getRecords() {
        return records;
    }

    public EntityLazyModel<RecordExpiry> getExpiryModel() {
        return expiryModel;
    }

    public EntityLazyModel<LegalHold> getHoldModel() {
        return holdModel;
    }

    public LazyRows<ExpiryTombstone> getTombstoneModel() {
        return tombstoneModel;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public boolean isActiveHoldsOnly() {
        return activeHoldsOnly;
    }

    public void setActiveHoldsOnly(boolean activeHoldsOnly) {
        this.activeHoldsOnly = activeHoldsOnly;
    }

    public String getProposeReason() {
        return proposeReason;
    }

    public void setProposeReason(String proposeReason) {
        this.proposeReason = proposeReason;
    }

    public String getHoldReference() {
        return holdReference;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public String getLiftReference() {
        return liftReference;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }

    public Long getRejectId() {
        return rejectId;
    }

    public String getRejectNote() {
        return rejectNote;
    }

    public void setRejectNote(String rejectNote) {
        this.rejectNote = rejectNote;
    }
}
