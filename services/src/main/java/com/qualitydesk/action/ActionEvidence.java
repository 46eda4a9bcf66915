package com.qualitydesk.action;

import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.figures.ProcessCapability;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.SurveyAnswer;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyReply;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * IM-01: the figures an action's effectiveness is verified with, counted from the records: for a
 * survey reply's action the low items' score in the customer's industry before and in the next
 * campaign (CS-07), for a process's action its Cpk before and since completion (CS-09). Read for
 * the verifier, who sees the figure before deciding.
 */
@Stateless
@RolesAllowed({Role.QUALITY, Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
public class ActionEvidence {

    /** Cpk before completion is read over this many months, the usual quarter of a review. */
    static final int MONTHS_BEFORE = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    ProcessCapability capability;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /**
     * CS-07: the mean score of the items the reply found wanting (those of the owner department's
     * categories at or below the threshold), in the customer's industry, in the reply's campaign
     * and in the first campaign dispatched after the action was completed that has replies to them.
     */
    public EffectivenessFigure itemScore(CorrectiveAction action) {
        int threshold = settings.value(ProcedureParameter.CS07_DISSATISFIED_SCORE);
        SurveyReply reply = em.find(SurveyReply.class, action.getSourceId());
        if (reply == null) {
            return EffectivenessFigure.itemScore(null, null, null, null, threshold);
        }
        var invitation = reply.getInvitation();
        SurveyCampaign campaign = invitation.getCampaign();
        String industry = invitation.getCustomer().getIndustry();
        List<Integer> positions = lowItems(reply, action, threshold);
        Double before = mean(campaign, industry, positions);
        if (action.getCompletedAt() == null) {
            return EffectivenessFigure.itemScore(before, campaign.getName(), null, null, threshold);
        }
        LocalDate completed =
                LocalDate.ofInstant(action.getCompletedAt(), calendars.current().zone());
        for (SurveyCampaign next : em.createQuery(
                        "select c from SurveyCampaign c where c.id <> :c and c.dispatchDate >= :day"
                                + " and c.status in :done order by c.dispatchDate, c.id",
                        SurveyCampaign.class)
                .setParameter("c", campaign.getId())
                .setParameter("day", completed)
                .setParameter("done", List.of(CampaignStatus.DISPATCHED, CampaignStatus.CLOSED))
                .getResultList()) {
            Double after = mean(next, industry, positions);
            if (after != null) {
                return EffectivenessFigure.itemScore(before, campaign.getName(), after, next.getName(), threshold);
            }
        }
        return EffectivenessFigure.itemScore(before, campaign.getName(), null, null, threshold);
    }

    /** The positions the reply scored low in the owner's categories; all the owner's, if none (a reply flagged by SALES). */
    private static List<Integer> lowItems(SurveyReply reply, CorrectiveAction action, int threshold) {
        List<SurveyAnswer> owned = reply.getAnswers().stream()
                .filter(a -> a.getScore() != null)
                .filter(a -> a.getItem().getCategory().responsible() == action.getOwnerDepartment())
                .toList();
        List<Integer> low = owned.stream()
                .filter(a -> a.getScore() <= threshold)
                .map(a -> a.getItem().getPosition())
                .toList();
        if (!low.isEmpty()) {
            return low;
        }
        List<Integer> all = owned.stream().map(a -> a.getItem().getPosition()).toList();
        return all.isEmpty()
                ? reply.getAnswers().stream()
                        .filter(a -> a.getScore() != null)
                        .map(a -> a.getItem().getPosition())
                        .toList()
                : all;
    }

    private Double mean(SurveyCampaign campaign, String industry, List<Integer> positions) {
        if (positions.isEmpty()) {
            return null;
        }
        String sameIndustry = industry == null ? "i.customer.industry is null" : "i.customer.industry = :industry";
        var query = em.createQuery(
                        "select avg(a.score) from SurveyAnswer a join a.reply r join r.invitation i"
                                + " where i.campaign.id = :c and i.repliedAt is not null and a.score is not null"
                                + " and a.item.position in :positions and " + sameIndustry,
                        Double.class)
                .setParameter("c", campaign.getId())
                .setParameter("positions", positions);
        if (industry != null) {
            query.setParameter("industry", industry);
        }
        Number mean = query.getSingleResult();
        return mean == null ? null : mean.doubleValue();
    }

    /**
     * CS-09: the characteristic's Cpk over the quarter before the action was completed and from
     * completion until today; a period with too few subgroups has no figure yet.
     */
    public EffectivenessFigure capability(CorrectiveAction action) {
        double capable = settings.value(ProcedureParameter.CS09_CPK_GOOD_HUNDREDTHS) / 100.0;
        LocalDate today = LocalDate.now(clock.withZone(calendars.current().zone()));
        LocalDate completed = action.getCompletedAt() == null
                ? today
                : LocalDate.ofInstant(
                        action.getCompletedAt(), calendars.current().zone());
        LocalDate beforeFrom = completed.minusMonths(MONTHS_BEFORE);
        LocalDate beforeTo = completed.minusDays(1);
        Double before = cpk(action.getCharacteristicId(), beforeFrom, beforeTo);
        Double after = action.getCompletedAt() == null ? null : cpk(action.getCharacteristicId(), completed, today);
        return EffectivenessFigure.capability(
                before, beforeFrom + " … " + beforeTo, after, completed + " … " + today, capable);
    }

    private Double cpk(long characteristicId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return null;
        }
        var study = capability.of(characteristicId, from, to).study();
        return study == null || study.tooFewData() ? null : study.within().actual();
    }
}
