package com.qualitydesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** After the language changes the page is loaded again, so every label follows. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    public void reload() throws IOException {
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String view = faces.getViewRoot().getViewId();
        String query = request.getQueryString();
        external.redirect(external.getRequestContextPath() + view + (query == null ? "" : "?" + query));
    }
}
