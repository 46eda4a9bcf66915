package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.CallBack;
import com.qualitydesk.aftersales.CallBacks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The feedback case page says when the case came from a call-back objection (AS-05, CF-01). */
@Named
@RequestScoped
public class CallBackOrigin {

    @Inject
    CallBacks callBacks;

    private CallBack found;
    private Long askedFor;

    public CallBack of(Long feedbackId) {
        if (feedbackId == null) {
            return null;
        }
        if (!feedbackId.equals(askedFor)) {
            askedFor = feedbackId;
            found = callBacks.ofFeedback(feedbackId).orElse(null);
        }
        return found;
    }
}
