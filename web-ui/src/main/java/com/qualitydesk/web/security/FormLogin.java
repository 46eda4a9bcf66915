package com.qualitydesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login through the PrimeFaces login page; the identity store is the account table. A
 * protected page opened without a login leads to the login page; a successful login is kept in the
 * session as a {@link SessionCaller}, which {@link QualityDeskAuthentication} applies to the
 * session's later requests before they reach this mechanism. {@link LoginBacking} hands the typed
 * credential over.
 *
 * <p>Not an authentication mechanism of its own (an application has only one):
 * {@link QualityDeskAuthentication} passes every request outside the REST API to it.
 */
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@ApplicationScoped
@Typed(FormLogin.class)
public class FormLogin implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            SessionCaller.keep(request, result);
        }
        return context.notifyContainerAboutLogin(result);
    }
}
