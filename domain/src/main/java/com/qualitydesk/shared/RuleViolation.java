package com.qualitydesk.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule refused an action. It carries a message key and its arguments rather than a
 * sentence, so each screen shows it in the user's language. As an application exception it reaches
 * the caller as itself and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
