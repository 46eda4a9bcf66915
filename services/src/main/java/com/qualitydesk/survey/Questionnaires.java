package com.qualitydesk.survey;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The versioned questionnaires (CS-03). SALES maintains them; editing a version that a campaign
 * used stores the edit as the next revision, so no dispatched campaign's questions change.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
public class Questionnaires {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    /** Every version, newest revision of each name first. */
    public List<Questionnaire> all() {
        return em.createQuery("select q from Questionnaire q order by q.name, q.revision desc", Questionnaire.class)
                .getResultList();
    }

    /** The latest revision of each questionnaire: what a new campaign uses. */
    public List<Questionnaire> latest() {
        return em.createQuery(
                        "select q from Questionnaire q where q.revision ="
                                + " (select max(o.revision) from Questionnaire o where o.name = q.name) order by q.name",
                        Questionnaire.class)
                .getResultList();
    }

    public Optional<Questionnaire> find(long id) {
        return Optional.ofNullable(em.find(Questionnaire.class, id));
    }

    /**
     * Stores an edited questionnaire. When the stored version was used by a campaign, the edit
     * becomes the next revision and the used version stays as it was (CS-03).
     */
    @RolesAllowed(Role.SALES)
    public Questionnaire save(@NotNull Questionnaire edited) {
        if (edited.getItems().isEmpty()) {
            throw new RuleViolation("survey.questionnaire.noItems");
        }
        if (edited.isNew()) {
            return records.create(edited);
        }
        Questionnaire stored = em.find(Questionnaire.class, edited.getId());
        if (stored == null) {
            throw new RuleViolation("survey.questionnaire.unknown");
        }
        if (!stored.isUsed()) {
            return records.update(edited);
        }
        Questionnaire latest = latest().stream()
                .filter(q -> q.getName().equals(stored.getName()))
                .findFirst()
                .orElse(stored);
        if (latest.getRevision() != stored.getRevision()) {
            throw new RuleViolation("survey.questionnaire.notLatest", latest.getLabel());
        }
        Questionnaire next = stored.nextRevision();
        next.setNameZh(edited.getNameZh());
        next.setScaleEn(edited.getScaleEn());
        next.setScaleZh(edited.getScaleZh());
        next.getItems().clear();
        for (QuestionnaireItem item : edited.getItems()) {
            next.addItem(
                    new QuestionnaireItem(item.getCategory(), item.getTextEn(), item.getTextZh(), item.getWeight()));
        }
        return records.create(next);
    }
}
