package com.qualitydesk.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.qualitydesk.security.LoginAttempts;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    UserMessages messages;

    @Inject
    UserSession session;

    @Inject
    LoginAttempts attempts;

    @Inject
    ProcedureSettings settings;

    @Inject
    Clock clock;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), password))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> refused();
            case SUCCESS -> {
                // a new session id at login, so an id planted before the login is worthless
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                request.getSession()
                        .setMaxInactiveInterval(60 * settings.value(ProcedureParameter.SESSION_TIMEOUT_MINUTES));
                session.loggedIn();
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> refused();
        }
    }

    private void refused() {
        var lockedUntil = attempts.lockedUntil(username.trim());
        if (lockedUntil.isPresent()) {
            String until = DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone())
                    .format(lockedUntil.get());
            messages.error("login.locked", until);
        } else {
            messages.error("login.failed");
        }
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
