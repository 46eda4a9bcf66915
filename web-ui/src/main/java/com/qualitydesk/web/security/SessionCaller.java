package com.qualitydesk.web.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in on this session and their departments (the groups, hence the roles), kept in the
 * session by the login and handed to the container again, name and groups, on every request.
 *
 * <p>Not {@code @AutoApplySession}: that hands the container the principal alone and lets Payara 6
 * find the groups through a security context it shares between threads (Payara issue 6145, fixed
 * as FISH-7515 in Payara 7 only). Under load another request clears it at the wrong moment, the
 * person loses every role for that one request and is answered 403 Forbidden: twenty people pressing
 * Register at once saw some of their presses refused without a word.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SessionCaller.class.getName();

    /** The caller kept in the request's session, or null when nobody logged in on it. */
    static SessionCaller of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller ? caller : null;
    }

    /** Keeps a successful login for the session's next requests. */
    static void keep(HttpServletRequest request, CredentialValidationResult login) {
        request.getSession()
                .setAttribute(
                        ATTRIBUTE,
                        new SessionCaller(login.getCallerPrincipal().getName(), Set.copyOf(login.getCallerGroups())));
    }

    /** The logout: the session's next request is nobody's. */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
