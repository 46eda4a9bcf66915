package com.qualitydesk.survey;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Opens the corrective actions of a survey reply on SALES' behalf (CS-07, IM-01: the sales manager
 * has the departments improve). A customer answering online has no account, yet their
 * dissatisfaction must reach the department at once.
 */
@Stateless
@PermitAll
@RunAs(Role.SALES)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class SurveyActionOpener {

    @Inject
    CorrectiveActions actions;

    public CorrectiveAction open(NewAction order) {
        return actions.open(order);
    }

    public List<CorrectiveAction> ofReply(long replyId) {
        return actions.forSource(ActionSource.SURVEY_REPLY, replyId);
    }
}
