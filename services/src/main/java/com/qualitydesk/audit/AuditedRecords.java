package com.qualitydesk.audit;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way a record people edit is stored: validated, checked against the version the editor
 * saw (so a concurrent save is refused, not overwritten), and audited in the same transaction.
 * Feature services decide who may call; this only keeps the record honest.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditedRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    /**
     * Creates or updates the record, refusing it when another record already holds its natural key
     * (a code, a number, a customer's contact name): how every master record is saved.
     */
    public <T extends EditableEntity> T save(T record, Optional<T> holderOfKey, Supplier<RuleViolation> taken) {
        if (holderOfKey.filter(other -> !other.getId().equals(record.getId())).isPresent()) {
            throw taken.get();
        }
        return record.isNew() ? create(record) : update(record);
    }

    public <T extends EditableEntity> T create(T record) {
        validate(record);
        em.persist(record);
        audit.created(record);
        return record;
    }

    /** Applies the edited, detached copy to the stored record. */
    @SuppressWarnings("unchecked")
    public <T extends EditableEntity> T update(T edited) {
        validate(edited);
        T stored = (T) em.find(edited.getClass(), edited.getId());
        if (stored == null || stored.getVersion() != edited.getVersion()) {
            throw new OptimisticLockException(edited);
        }
        var before = stored.auditSnapshot();
        T merged = em.merge(edited);
        em.flush();
        audit.changed(merged, before);
        return merged;
    }

    public <T extends EditableEntity> void validate(T record) {
        var violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
