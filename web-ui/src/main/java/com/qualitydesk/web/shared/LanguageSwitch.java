package com.qualitydesk.web.shared;

import com.qualitydesk.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;

/** After the language changes the page is loaded again, so every label follows. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    UserSession session;

    /**
     * The switch's own event comes before its value reaches the model, so the language is taken
     * from what was submitted: the page loaded next must already have it.
     */
    public void reload(AjaxBehaviorEvent event) throws IOException {
        var input = (UIInput) event.getComponent();
        Object chosen = input.getSubmittedValue() != null ? input.getSubmittedValue() : input.getValue();
        session.setLanguage(String.valueOf(chosen));
        // an AJAX postback carries no query string: the page's view parameters (a campaign's or a
        // case's id) are taken from the view, or the page would open without its record
        external.redirect(faces.getApplication()
                .getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), new HashMap<>(), true));
    }
}
