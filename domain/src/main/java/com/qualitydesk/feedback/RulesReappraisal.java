package com.qualitydesk.feedback;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * CF-09: after a product-safety complaint QUALITY re-appraises the company's process management
 * rules: which rules were reviewed, the conclusion, the changes decided, who and when. The case
 * does not close without it.
 */
@Embeddable
public class RulesReappraisal {

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "reappraisal_rules", length = 2000)
    private String rulesReviewed;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "reappraisal_conclusion", length = 2000)
    private String conclusion;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "reappraisal_changes", length = 2000)
    private String changesDecided;

    @Column(name = "reappraised_at")
    private Instant at;

    @Column(name = "reappraised_by", length = 64)
    private String by;

    protected RulesReappraisal() {}

    RulesReappraisal(String rulesReviewed, String conclusion, String changesDecided, Instant at, String by) {
        if (Text.blank(rulesReviewed) || Text.blank(conclusion)) {
            throw new RuleViolation("feedback.reappraisal.incomplete");
        }
        this.rulesReviewed = rulesReviewed.strip();
        this.conclusion = conclusion.strip();
        this.changesDecided = Text.strippedOrNull(changesDecided);
        this.at = at;
        this.by = by;
    }

    public boolean isDone() {
        return at != null;
    }

    public String getRulesReviewed() {
        return rulesReviewed;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getChangesDecided() {
        return changesDecided;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
