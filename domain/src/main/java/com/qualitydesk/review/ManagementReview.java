package com.qualitydesk.review;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IM-03: the yearly management review (ISO 9001:2015 §9.3). It guards its own course: the inputs
 * are open while it is prepared and until the minutes are recorded, the pack may be assembled again
 * until then, the minutes need a pack, the signature needs the minutes, and a signed review refuses
 * every change, whatever screen or service asks.
 */
@Entity
@Table(name = "management_review")
public class ManagementReview extends EditableEntity {

    public static final int TEXT_MAX = 4000;
    /** What the general manager's signature means (an electronic signature states its meaning). */
    public static final String APPROVED = "APPROVED";

    @Column(name = "review_year", nullable = false, unique = true)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReviewState state = ReviewState.PREPARING;

    @Column(name = "submissions_due", nullable = false)
    private LocalDate submissionsDue;

    @Column(name = "sales_summary", length = TEXT_MAX)
    private String salesSummary;

    @Column(name = "audit_results", length = TEXT_MAX)
    private String auditResults;

    @Column(name = "external_providers", length = TEXT_MAX)
    private String externalProviders;

    @Column(length = TEXT_MAX)
    private String resources;

    @Column(length = TEXT_MAX)
    private String risks;

    @Column(name = "pack_content", length = 1_000_000)
    private String packContent;

    @Column(name = "pack_hash", length = 64)
    private String packHash;

    @Column(name = "pack_assembled_at")
    private Instant packAssembledAt;

    @Column(name = "pack_assembled_by", length = 64)
    private String packAssembledBy;

    @Column(length = TEXT_MAX)
    private String minutes;

    @Column(name = "minutes_recorded_at")
    private Instant minutesRecordedAt;

    @Column(name = "minutes_recorded_by", length = 64)
    private String minutesRecordedBy;

    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signature_meaning", length = 16)
    private String signatureMeaning;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected ManagementReview() {}

    public ManagementReview(int year, LocalDate submissionsDue, String by, Instant at) {
        if (year < 2000 || year > 2999) {
            throw new RuleViolation("review.year.invalid", year);
        }
        if (submissionsDue == null) {
            throw new RuleViolation("review.due.required");
        }
        this.year = year;
        this.submissionsDue = submissionsDue;
        this.createdBy = by;
        this.createdAt = at;
    }

    public boolean isSigned() {
        return state == ReviewState.SIGNED;
    }

    /** The inputs are open until the meeting has been recorded. */
    public boolean inputsOpen() {
        return state == ReviewState.PREPARING || state == ReviewState.PACK_ASSEMBLED;
    }

    /** Refuses any change of a signed review (IM-03: signed minutes are a record). */
    public void requireNotSigned() {
        if (isSigned()) {
            throw new RuleViolation("review.signed", year);
        }
    }

    /** Refuses a change of the inputs once the meeting has been recorded. */
    public void requireInputsOpen() {
        requireNotSigned();
        if (!inputsOpen()) {
            throw new RuleViolation("review.inputs.closed", year);
        }
    }

    /** SALES's summary of satisfaction and complaints, the main items and the direction of improvement. */
    public void summarise(String text) {
        requireInputsOpen();
        this.salesSummary = checked(text);
    }

    /** An input its owner enters by hand (audits, external providers, resources, risks). */
    public void enter(ReviewInput input, String text) {
        requireInputsOpen();
        String value = checked(text);
        switch (input) {
            case AUDITS -> auditResults = value;
            case PROVIDERS -> externalProviders = value;
            case RESOURCES -> resources = value;
            case RISKS -> risks = value;
            default -> throw new RuleViolation("review.input.counted", input.name());
        }
    }

    /** The text of a manual input, or null when nobody entered it. */
    public String manualInput(ReviewInput input) {
        return switch (input) {
            case AUDITS -> auditResults;
            case PROVIDERS -> externalProviders;
            case RESOURCES -> resources;
            case RISKS -> risks;
            default -> null;
        };
    }

    /** Keeps the pack as assembled; again and again until the minutes are recorded. */
    public void assemble(ReviewPack pack, String by, Instant at) {
        requireInputsOpen();
        this.packContent = pack.content();
        this.packHash = pack.hash();
        this.packAssembledBy = by;
        this.packAssembledAt = at;
        this.state = ReviewState.PACK_ASSEMBLED;
    }

    /** The minutes of the meeting, held on the assembled pack; their decisions are recorded alongside. */
    public void recordMinutes(String text, String by, Instant at) {
        requireNotSigned();
        if (state != ReviewState.PACK_ASSEMBLED) {
            throw new RuleViolation(
                    state == ReviewState.PREPARING ? "review.minutes.noPack" : "review.minutes.recorded", year);
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("review.minutes.required");
        }
        this.minutes = checked(text);
        this.minutesRecordedBy = by;
        this.minutesRecordedAt = at;
        this.state = ReviewState.MINUTES_RECORDED;
    }

    /** The general manager's signature, meaning "approved"; after it the review is frozen. */
    public void sign(String username, String fullName, Instant at) {
        requireNotSigned();
        if (state != ReviewState.MINUTES_RECORDED) {
            throw new RuleViolation("review.sign.noMinutes", year);
        }
        this.signedBy = username;
        this.signerName = fullName == null || fullName.isBlank() ? username : fullName;
        this.signedAt = at;
        this.signatureMeaning = APPROVED;
        this.state = ReviewState.SIGNED;
    }

    /** The pack as assembled, if it has been. */
    public java.util.Optional<ReviewPack> pack() {
        return packContent == null ? java.util.Optional.empty() : java.util.Optional.of(ReviewPack.read(packContent));
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new RuleViolation("review.text.tooLong", TEXT_MAX);
        }
        return stripped;
    }

    public int getYear() {
        return year;
    }

    public ReviewState getState() {
        return state;
    }

    public LocalDate getSubmissionsDue() {
        return submissionsDue;
    }

    public String getSalesSummary() {
        return salesSummary;
    }

    public String getAuditResults() {
        return auditResults;
    }

    public String getExternalProviders() {
        return externalProviders;
    }

    public String getResources() {
        return resources;
    }

    public String getRisks() {
        return risks;
    }

    public String getPackHash() {
        return packHash;
    }

    public Instant getPackAssembledAt() {
        return packAssembledAt;
    }

    public String getPackAssembledBy() {
        return packAssembledBy;
    }

    public String getMinutes() {
        return minutes;
    }

    public Instant getMinutesRecordedAt() {
        return minutesRecordedAt;
    }

    public String getMinutesRecordedBy() {
        return minutesRecordedBy;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignatureMeaning() {
        return signatureMeaning;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("year", year);
        m.put("state", state);
        m.put("submissionsDue", submissionsDue);
        m.put("salesSummary", salesSummary);
        m.put("auditResults", auditResults);
        m.put("externalProviders", externalProviders);
        m.put("resources", resources);
        m.put("risks", risks);
        m.put("packHash", packHash);
        m.put("packAssembledBy", packAssembledBy);
        m.put("minutes", minutes);
        m.put("minutesRecordedBy", minutesRecordedBy);
        m.put("signedBy", signedBy);
        m.put("signerName", signerName);
        m.put("signedAt", signedAt);
        m.put("signatureMeaning", signatureMeaning);
        return m;
    }
}
