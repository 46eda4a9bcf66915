package com.qualitydesk.aftersales;

/** AS-07: a return or replacement is open until it is done (the replacement delivered), then closed. */
public enum ReturnStatus {
    OPEN,
    CLOSED
}
