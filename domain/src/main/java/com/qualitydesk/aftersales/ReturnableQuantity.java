package com.qualitydesk.aftersales;

import com.qualitydesk.shared.RuleViolation;

/**
 * AS-07: how many pieces of a delivered lot can still be returned or replaced: the lot's quantity
 * less what earlier returns and replacements of the same lot took. A piece is taken back or
 * replaced once.
 *
 * @param delivered the quantity of the delivery (the lot as shipped to the customer)
 * @param taken the quantity of the lot's earlier returns and replacements, all kinds together
 */
public record ReturnableQuantity(int delivered, long taken) {

    public ReturnableQuantity {
        if (delivered < 0 || taken < 0) {
            throw new IllegalArgumentException("quantities are not negative");
        }
    }

    /** What may still be returned or replaced, never below zero. */
    public int remaining() {
        return (int) Math.max(0, delivered - taken);
    }

    /**
     * Refuses a quantity that is missing, not more than zero, or more than what is left of the lot.
     */
    public void check(Integer quantity) {
        if (quantity == null) {
            throw new RuleViolation("returnReplacement.quantity.required");
        }
        if (quantity <= 0) {
            throw new RuleViolation("returnReplacement.quantity.positive");
        }
        if (quantity > remaining()) {
            throw new RuleViolation("returnReplacement.quantity.tooMany", quantity, remaining(), delivered);
        }
    }
}
