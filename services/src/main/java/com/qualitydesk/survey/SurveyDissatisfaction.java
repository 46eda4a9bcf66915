package com.qualitydesk.survey;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CS-07: a submitted reply with an item at or below the threshold, or flagged by SALES, goes to
 * the responsible departments (IM-02), linked to the reply, so the customer need not repeat it.
 * The actions open in the transaction that submits or flags the reply: a customer answering online
 * reaches the departments at once, without waiting for somebody of SALES to look.
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
    CorrectiveActions actions;

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
        return actions.forSource(ActionSource.SURVEY_REPLY, replyId).stream()
                .map(CorrectiveAction::getOwnerDepartment)
                .collect(Collectors.toSet());
    }

    /**
     * Opens one corrective action per responsible department, linked to the reply, with what the
     * customer said, so nobody asks them again. A department already acting on the reply is not
     * given a second action (a reply flagged after a low score).
     */
    public void actOn(SurveyReply reply) {
        var findings = findings(reply);
        if (findings.isEmpty()) {
            return;
        }
        reply.setActionsPending(false);
        // read here, not through the action service: a customer online has no role to read actions
        var open = Set.copyOf(em.createQuery(
                        "select a.ownerDepartment from CorrectiveAction a where a.sourceType = :t and a.sourceId = :r",
                        Department.class)
                .setParameter("t", ActionSource.SURVEY_REPLY)
                .setParameter("r", reply.getId())
                .getResultList());
        Invitation invitation = reply.getInvitation();
        String reference = invitation.getCampaign().getName() + " "
                + invitation.getCustomer().getCode() + " " + invitation.getReplyCode();
        findings.forEach((department, found) -> {
            if (open.contains(department)) {
                return;
            }
            var description = new StringBuilder();
            for (var f : found) {
                description.append(f.itemText()).append(": ").append(f.score()).append("/5\n");
            }
            reply.getAnswers().stream().filter(a -> a.getComment() != null).forEach(a -> description
                    .append(a.getItem().text(invitation.getLanguage()))
                    .append(": ")
                    .append(a.getComment())
                    .append('\n'));
            if (reply.getComment() != null) {
                description.append(reply.getComment());
            }
            String text = description.toString().strip();
            actions.openForSurveyReply(new NewAction(
                    ActionSource.SURVEY_REPLY,
                    reply.getId(),
                    reference.length() > 64 ? reference.substring(0, 64) : reference,
                    ActionKind.CORRECTIVE,
                    text.isEmpty() ? reference : text.length() > 1990 ? text.substring(0, 1990) : text,
                    department,
                    null,
                    LocalDate.now(clock).plusDays(ACTION_DAYS)));
            audit.event(reply, "ACTION_OPENED", department.name());
        });
    }
}
