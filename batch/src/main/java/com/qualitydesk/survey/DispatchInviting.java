package com.qualitydesk.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a campaign's dispatch is still inviting: the hand-over of its mails runs beside the
 * inviting step (CS-04) and ends only once that step has ended and nothing is left to send. Kept in
 * memory: a restart after the server died begins inviting again, and marks it so.
 */
@ApplicationScoped
public class DispatchInviting {

    private final Set<Long> inviting = ConcurrentHashMap.newKeySet();

    void begun(long campaignId) {
        inviting.add(campaignId);
    }

    void ended(long campaignId) {
        inviting.remove(campaignId);
    }

    boolean hasEnded(long campaignId) {
        return !inviting.contains(campaignId);
    }
}
