package com.qualitydesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** The database identity store: the groups of a person are their departments, which are the roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var result = attempts.attempt(login.getCaller(), login.getPassword().getValue());
        if (result.outcome() != LoginAttempts.Outcome.ACCEPTED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                login.getCaller(), result.departments().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
