package com.qualitydesk.figures;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company's quality policy (seed 004) in English and Chinese, shown above the objectives it
 * is measured by (IM-04). One row; the general manager changes it and the audit trail keeps
 * every earlier wording.
 */
@Entity
@Table(name = "quality_policy")
public class QualityPolicy extends EditableEntity {

    public static final int MAX_LENGTH = 2000;

    @NotBlank(message = "{qualityPolicy.text.required}")
    @Size(max = MAX_LENGTH, message = "{field.tooLong}")
    @Column(name = "text_en", nullable = false, length = MAX_LENGTH)
    private String textEn;

    @NotBlank(message = "{qualityPolicy.text.required}")
    @Size(max = MAX_LENGTH, message = "{field.tooLong}")
    @Column(name = "text_zh", nullable = false, length = MAX_LENGTH)
    private String textZh;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    public String text(String language) {
        return language != null && language.startsWith("zh") ? textZh : textEn;
    }

    public void reword(String textEn, String textZh, Instant at, String by) {
        this.textEn = textEn == null ? null : textEn.strip();
        this.textZh = textZh == null ? null : textZh.strip();
        this.changedAt = at;
        this.changedBy = by;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextZh() {
        return textZh;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("textEn", textEn);
        m.put("textZh", textZh);
        return m;
    }
}
