package com.qualitydesk.settings;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** The value a company chose for one procedure parameter. */
@Entity
@Table(name = "procedure_setting")
public class ProcedureSetting extends EditableEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "parameter", nullable = false, unique = true, length = 64)
    private ProcedureParameter parameter;

    @Column(name = "int_value", nullable = false)
    private int value;

    protected ProcedureSetting() {}

    public ProcedureSetting(ProcedureParameter parameter) {
        this.parameter = parameter;
        this.value = parameter.defaultValue();
    }

    public ProcedureParameter getParameter() {
        return parameter;
    }

    public int getValue() {
        return value;
    }

    public void change(int newValue) {
        if (!parameter.accepts(newValue)) {
            throw new RuleViolation("settings.outOfRange", parameter.min(), parameter.max());
        }
        this.value = newValue;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("parameter", parameter.name());
        m.put("value", value);
        return m;
    }
}
