package com.qualitydesk.web.admin;

import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSetting;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * admin/settings.xhtml: every procedure parameter with its current value, changed one row at a
 * time. The allowed range and the version check are the service's.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Procedure order of PROCEDURES.md; the platform's own limits come last. */
    private static final List<String> GROUPS = List.of("CF", "AS", "CS", "IM", "CC", "PLATFORM");

    @Inject
    ProcedureSettings settings;

    @Inject
    UserMessages messages;

    private List<Row> rows = List.of();

    @PostConstruct
    void init() {
        // mutable: the table sorts the rows by their group
        messages.attempt(
                () -> rows = settings.all().stream().map(Row::new).collect(Collectors.toCollection(ArrayList::new)),
                null);
    }

    public void save(Row row) {
        Integer value = row.getNewValue();
        if (value == null) {
            messages.error("settings.value.required");
            return;
        }
        if (messages.attempt(() -> row.stored(settings.change(row.getParameter(), value, row.getVersion())), null)) {
            messages.info(
                    "settings.saved",
                    messages.text("parameter." + row.getParameter().name()),
                    value,
                    messages.text("unit." + row.getParameter().unit().name()));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One parameter as the table shows it: the stored value and the one being typed. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ProcedureParameter parameter;
        private final Long id;
        private long version;
        private int value;
        private Integer newValue;

        Row(ProcedureSetting setting) {
            this.parameter = setting.getParameter();
            this.id = setting.getId();
            stored(setting);
        }

        void stored(ProcedureSetting setting) {
            this.version = setting.getVersion();
            this.value = setting.getValue();
            this.newValue = setting.getValue();
        }

        public ProcedureParameter getParameter() {
            return parameter;
        }

        public Long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public int getValue() {
            return value;
        }

        public Integer getNewValue() {
            return newValue;
        }

        public void setNewValue(Integer newValue) {
            this.newValue = newValue;
        }

        /** "CF" for CF-05, "PLATFORM" for the platform's own limits. */
        public String getGroup() {
            String rule = parameter.ruleId();
            int dash = rule.indexOf('-');
            return dash < 0 ? rule : rule.substring(0, dash);
        }

        public int getGroupOrder() {
            int i = GROUPS.indexOf(getGroup());
            return i < 0 ? GROUPS.size() : i;
        }

        public boolean isPlatform() {
            return "PLATFORM".equals(parameter.ruleId());
        }

        public boolean isChanged() {
            return value != parameter.defaultValue();
        }

        public String getRange() {
            return parameter.min() + " \u2013 " + parameter.max();
        }
    }
}
