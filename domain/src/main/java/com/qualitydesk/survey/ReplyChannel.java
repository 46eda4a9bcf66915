package com.qualitydesk.survey;

/** How a reply reached us (CS-04): the form behind the e-mailed link, or paper entered by SALES. */
public enum ReplyChannel {
    ONLINE,
    FAX,
    MAIL,
    HAND_DELIVERY,
    VISIT;

    public boolean isPaper() {
        return this != ONLINE;
    }
}
