package com.qualitydesk.web.admin;

import com.qualitydesk.intake.IntakeKey;
import com.qualitydesk.intake.IntakeKeys;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * admin/intake-keys.xhtml: the keys of the website's feedback form (CC-02). A new key is shown in
 * one response and then forgotten; only its hash is stored.
 */
@Named
@ViewScoped
public class IntakeKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeKeys intakeKeys;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    private List<IntakeKey> keys = List.of();
    private String label;
    private transient String shownKey;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        messages.attempt(() -> keys = intakeKeys.all(), null);
    }

    public void generate() {
        if (messages.attempt(() -> shownKey = intakeKeys.generate(label).key(), "intakeKey.generated")) {
            label = null;
        }
        load();
    }

    public void revoke(IntakeKey key) {
        shownKey = null;
        messages.attempt(() -> intakeKeys.revoke(key.getId()), "intakeKey.revoked.done");
        load();
    }

    /** Shown once, in the response to the generation; gone at the next request. */
    public String getShownKey() {
        return shownKey;
    }

    public List<IntakeKey> getKeys() {
        return keys;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getPageAddress() {
        return base() + "/public/feedback.xhtml";
    }

    public String getApiAddress() {
        return base() + "/api/public/feedback";
    }

    private String base() {
        var request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
