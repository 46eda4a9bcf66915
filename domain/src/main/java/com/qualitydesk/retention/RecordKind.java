package com.qualitydesk.retention;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of record that can expire (CC-03), each in its class. Only kinds whose removal takes
 * nothing another record still needs are here: their dependent rows and files go with them, and
 * the records that merely mention them keep their own copy of the reference.
 */
public enum RecordKind {
    /**
     * CC-01 inquiries, orders and product or service information sent. A legal requirement noted
     * for a customer is not offered: it is kept while it applies, whatever its age.
     */
    CUSTOMER_COMMUNICATION(RecordClass.SALES_COMMUNICATION, "CustomerCommunication"),
    /** AS-03 telephone and AS-04 on-site service records, with their signature, PDF and copies. */
    SERVICE_RECORD(RecordClass.QUALITY, "ServiceRecord"),
    /** CS-04 survey replies with their answers and scans; the invitation stays, so coverage does. */
    SURVEY_REPLY(RecordClass.QUALITY, "SurveyReply"),
    /**
     * CF-03 closed feedback cases with their reply, information sheets, files and finished inbox
     * steps; the actions, costs, returns, call-backs, visits and change proposals that point at the
     * case stay, their link cleared.
     */
    FEEDBACK_CASE(RecordClass.QUALITY, "Feedback");

    private final RecordClass recordClass;
    private final String recordType;

    RecordKind(RecordClass recordClass, String recordType) {
        this.recordClass = recordClass;
        this.recordType = recordType;
    }

    public RecordClass recordClass() {
        return recordClass;
    }

    /** The record's type as the audit trail and the attachments name it (the entity's name). */
    public String recordType() {
        return recordType;
    }

    public static List<RecordKind> of(RecordClass recordClass) {
        return Arrays.stream(values()).filter(k -> k.recordClass == recordClass).toList();
    }
}
