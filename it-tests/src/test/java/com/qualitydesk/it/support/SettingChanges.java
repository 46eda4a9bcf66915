package com.qualitydesk.it.support;

import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * A procedure setting changed as the administrator changes it, for a test that needs another
 * deadline or threshold; and the rule a refusal names, as the screens translate it. No
 * transaction of its own: the work runs as the test would run it, each service call in its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettingChanges {

    @Inject
    Departments as;

    @Inject
    ProcedureSettings settings;

    /** Sets the parameter as the administrator would, through the audited service. */
    public void set(ProcedureParameter parameter, int value) throws Exception {
        as.admin(() -> {
            var setting = settings.all().stream()
                    .filter(s -> s.getParameter() == parameter)
                    .findFirst()
                    .orElseThrow();
            return settings.change(parameter, value, setting.getVersion());
        });
    }

    /** Runs the work with the parameter at this value, and puts the value before back after it. */
    public <T> T with(ProcedureParameter parameter, int value, Callable<T> work) throws Exception {
        int before = settings.value(parameter);
        set(parameter, value);
        try {
            return work.call();
        } finally {
            set(parameter, before);
        }
    }

    /** The message key of the rule that refused a call, or the whole exception when none did. */
    public static String ruleOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation.getMessageKey();
            }
        }
        return String.valueOf(e);
    }
}
