package com.qualitydesk.web.security;

import com.qualitydesk.web.api.ApiProblem;
import com.qualitydesk.web.api.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The application's one authentication mechanism. Requests to the REST API (/api/...) carry HTTP
 * Basic credentials on every call, checked against the same identity store as the login page
 * (so failed attempts lock an account the same way), and never get a session or a redirect to the
 * login page: a missing or wrong credential is answered 401 with a Basic challenge. Every other
 * request of a session someone logged in on is theirs again, with their departments
 * ({@link SessionCaller}); the rest go to the form login, {@link FormLogin}.
 *
 * <p>The mechanism runs before the servlet filters, and some answers end here (the 401, the way to
 * the login page): it sets the security headers of {@link SecurityHeadersFilter} first.
 */
@ApplicationScoped
public class QualityDeskAuthentication implements HttpAuthenticationMechanism {

    @Inject
    FormLogin form;

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        SecurityHeadersFilter.addTo(request, response);
        if (!isApi(request)) {
            SessionCaller caller = context.isAuthenticationRequest() ? null : SessionCaller.of(request);
            if (caller != null) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            return form.validateRequest(request, response, context);
        }
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(Problems.credentialsRefused(), request, response);
        }
        return context.isProtected()
                ? challenge(Problems.credentialsMissing(), request, response)
                : context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionCaller.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        return Problems.isApi(request.getRequestURI(), request.getContextPath());
    }

    /** The user name and password of an "Authorization: Basic ..." header, or null. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon).trim(), decoded.substring(colon + 1));
    }

    /** 401 with the Basic challenge, the body a problem like every refusal of the API. */
    private static AuthenticationStatus challenge(
            ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        try {
            Problems.write(problem, request, response);
        } catch (IOException e) {
            // the status and the challenge are what counts
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
