package com.qualitydesk.aftersales;

/**
 * AS-07: what the guarantee gives the customer for a faulty lot: the goods taken back, replaced, or
 * both. A replacement is a delivery of its own, which the record names before it is closed.
 */
public enum ReturnKind {
    RETURN,
    REPLACEMENT,
    RETURN_AND_REPLACEMENT;

    /** Whether the customer receives new goods, so that the record needs the replacement delivery. */
    public boolean includesReplacement() {
        return this != RETURN;
    }
}
