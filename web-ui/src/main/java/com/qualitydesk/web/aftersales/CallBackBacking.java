package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.CallBack;
import com.qualitydesk.aftersales.CallBacks;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * One call-back (aftersales/call-back.xhtml, AS-05), where the inbox steps lead: what the customer
 * said, the objection's disposal suggestion (QUALITY), the linked feedback item and its result,
 * and closing the objection (SALES).
 */
@Named
@ViewScoped
public class CallBackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallBacks callBacks;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    @Inject
    UserSession user;

    /** SALES and ADMIN record outcomes and close objections (the service checks it again). */
    public boolean isMayRecord() {
        return user.departments().contains(Department.SALES)
                || user.departments().contains(Department.ADMIN);
    }

    private Long id;
    private CallBack callBack;
    private String suggestion;

    public void load() {
        callBack = id == null ? null : callBacks.find(id).orElse(null);
        if (callBack == null) {
            messages.error("callBack.unknown");
        }
    }

    public void suggest() {
        if (messages.attempt(
                () -> callBack = callBacks.suggestDisposal(callBack.getId(), callBack.getVersion(), suggestion),
                "callBack.disposal.recorded")) {
            suggestion = null;
        }
    }

    public void close() {
        messages.attempt(() -> callBack = callBacks.close(callBack.getId(), callBack.getVersion()), "callBack.closed");
    }

    public boolean isMayDispose() {
        return callBack != null && callBacks.mayDispose(callBack);
    }

    public boolean isDisposalLate() {
        return callBack != null && callBack.isDisposalLate(clock.instant());
    }

    public String getStateKey() {
        return callBack.isOverdue(clock.instant())
                ? "callBack.state.OVERDUE"
                : "callBack.status." + callBack.getStatus();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallBack getCallBack() {
        return callBack;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }
}
