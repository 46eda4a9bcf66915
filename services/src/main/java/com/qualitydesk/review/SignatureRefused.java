package com.qualitydesk.review;

import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.ApplicationException;

/**
 * IM-03: a signature refused for a wrong password. Unlike other refusals it lets the transaction
 * commit: nothing of the review was changed, and the audit entry of the refused attempt must stay.
 */
@ApplicationException(rollback = false)
public class SignatureRefused extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public SignatureRefused(String messageKey) {
        super(messageKey);
    }
}
