package com.qualitydesk.survey;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the recipients of a campaign who have no invitation yet, in contact order. The checkpoint
 * is the last contact handed out; after a restart the query itself skips everyone invited.
 */
@Named
@Dependent
public class SurveyRecipientReader extends AbstractItemReader {

    static final int FETCH = 500;

    @Inject
    @BatchProperty
    String campaignId;

    @Inject
    SurveyDispatch dispatch;

    private long lastContact;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastContact = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(dispatch.recipientsAfter(Long.parseLong(campaignId), lastContact, FETCH));
            if (buffer.isEmpty()) {
                return null;
            }
        }
        lastContact = buffer.removeFirst();
        return lastContact;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastContact;
    }
}
