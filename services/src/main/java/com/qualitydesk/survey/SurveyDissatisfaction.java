package com.qualitydesk.survey;

import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CS-07: a submitted reply with an item at or below the threshold, or flagged by SALES, goes to
 * the responsible departments (IM-02), linked to the reply, so the customer need not repeat it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SurveyDissatisfaction {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    SurveyActionOpener opener;

    @Inject
    Clock clock;

    /** Time the owner department gets for an action from a survey; the owner may reschedule it. */
    static final int ACTION_DAYS = 30;

    /** The departments that must act on a reply, with what the customer said. */
    public Map<Department, List<Dissatisfaction.Finding>> findings(SurveyReply reply) {
        var scored = reply.getAnswers().stream()
                .filter(a -> a.getScore() != null)
                .map(a -> new Dissatisfaction.Finding(
                        a.getItem().getCategory(),
                        a.getScore(),
                        a.getItem().text(reply.getInvitation().getLanguage())))
                .toList();
        return Dissatisfaction.byDepartment(
                scored, settings.value(ProcedureParameter.CS07_DISSATISFIED_SCORE), reply.isFlagged());
    }

    /** The departments acting on a stored reply: those its corrective actions are owned by. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Set<Department> departmentsActingOn(long replyId) {
        return opener.ofReply(replyId).stream()
                .map(CorrectiveAction::getOwnerDepartment)
                .collect(Collectors.toSet());
    }

    public void actOn(SurveyReply reply) {
        findings(reply)
                .forEach((department, found) -> audit.event(reply, "DISSATISFACTION", department + ": " + found));
    }
}
