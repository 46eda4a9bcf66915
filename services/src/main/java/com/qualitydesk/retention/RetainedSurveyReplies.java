package com.qualitydesk.retention;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.ReplyChannel;
import com.qualitydesk.survey.SurveyReply;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CS-04 survey replies as quality records (CC-03): their period runs from their last activity (saved,
 * submitted, thanked). A reply of a campaign not yet closed, whose dissatisfaction still waits for
 * SALES's actions, or with a corrective action not yet verified, is open work. The reply goes with
 * its answers, its scan and its files; the invitation stays, so the campaign's coverage and reply
 * rate stay as they were, and the actions keep their own copy of the reply's reference.
 */
final class RetainedSurveyReplies extends RetainedRecords {

    RetainedSurveyReplies(EntityManager em, ZoneId zone) {
        super(em, zone);
    }

    @Override
    RecordKind kind() {
        return RecordKind.SURVEY_REPLY;
    }

    @Override
    Class<SurveyReply> type() {
        return SurveyReply.class;
    }

    @Override
    String from() {
        return "SurveyReply r join r.invitation i join i.campaign k join i.customer c";
    }

    @Override
    String lastActiveBefore() {
        return "r.savedAt < :before and (r.submittedAt is null or r.submittedAt < :before)"
                + " and (r.thankedAt is null or r.thankedAt < :before)";
    }

    @Override
    List<String> conditions(RecordFilter filter, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        if (filter.reference() != null) {
            conditions.add(
                    "(lower(k.name) like :reference escape '\\' or lower(i.replyCode) like :reference escape '\\')");
            parameters.put("reference", RecordFilter.like(filter.reference()));
        }
        if (filter.variant() != null) {
            conditions.add("r.channel = :variant");
            parameters.put("variant", ReplyChannel.valueOf(filter.variant()));
        }
        return conditions;
    }

    @Override
    String sortPath(String field) {
        return switch (field) {
            case "reference" -> "k.name";
            case "customer" -> "c.code";
            default -> "r.savedAt";
        };
    }

    @Override
    Optional<SurveyReply> entity(long id) {
        return Optional.ofNullable(em.find(SurveyReply.class, id));
    }

    @Override
    RetainedRecord read(EditableEntity entity) {
        var r = (SurveyReply) entity;
        var invitation = r.getInvitation();
        var customer = invitation.getCustomer();
        String reference =
                invitation.getCampaign().getName() + " " + customer.getCode() + " " + invitation.getReplyCode();
        var last = latest(r.getSavedAt(), r.getSubmittedAt(), r.getThankedAt());
        return new RetainedRecord(
                kind(),
                r.getId(),
                reference.length() > 64 ? reference.substring(0, 64) : reference,
                r.getChannel().name(),
                customer.getCode(),
                customer.getNameZh(),
                customer.getNameEn(),
                invitation.getCampaign().getName() + " · "
                        + invitation.getContact().getName(),
                day(r.getSubmittedAt() == null ? r.getSavedAt() : r.getSubmittedAt()),
                last,
                day(last));
    }

    @Override
    Map<Long, List<ExpiryBlocker>> openLinks(Collection<Long> ids) {
        var links = new HashMap<Long, List<ExpiryBlocker>>();
        if (ids.isEmpty()) {
            return links;
        }
        addAll(
                links,
                ExpiryBlocker.Reason.CAMPAIGN_OPEN,
                em.createQuery(
                                "select r.id, k.name from SurveyReply r join r.invitation i join i.campaign k"
                                        + " where r.id in :ids and k.status <> :closed",
                                Object[].class)
                        .setParameter("ids", ids)
                        .setParameter("closed", CampaignStatus.CLOSED)
                        .getResultList());
        em.createQuery("select r.id from SurveyReply r where r.id in :ids and r.actionsPending = true", Long.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(id -> add(links, id, ExpiryBlocker.of(ExpiryBlocker.Reason.ACTIONS_PENDING)));
        openActions(links, ActionSource.SURVEY_REPLY, ids);
        return links;
    }

    @Override
    void remove(EditableEntity entity) {
        long id = entity.getId();
        em.createQuery("delete from ReplyScan s where s.reply.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        removeAttachments(id);
        // the answers go with the reply (orphan removal)
        em.remove(entity);
    }
}
