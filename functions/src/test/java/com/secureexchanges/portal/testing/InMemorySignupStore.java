package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.signup.PendingSignup;
import com.secureexchanges.portal.core.signup.SignupState;
import com.secureexchanges.portal.core.signup.SignupStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sign-up requests in memory, on the sign-in store's throttles and the directory's claims. */
public final class InMemorySignupStore implements SignupStore {

    private final InMemoryLoginStore login;
    private final InMemoryUserDirectory directory;
    private final InMemoryDomainDirectory domains;
    private final Map<String, PendingSignup> pending = new HashMap<>();

    public InMemorySignupStore(InMemoryLoginStore login, InMemoryUserDirectory directory,
                               InMemoryDomainDirectory domains) {
        this.login = login;
        this.directory = directory;
        this.domains = domains;
    }

    @Override
    public SignupState read(String addressKey, EmailAddress email) {
        synchronized (directory) {
            return new SignupState(directory.byEmail(email).isPresent(), domains.approvedBy(email.domain()),
                    login.read(addressKey, email).throttle());
        }
    }

    @Override
    public CommitOutcome commit(LoginAttempt attempt, Optional<PendingSignup> signup) {
        synchronized (directory) {
            CommitOutcome outcome = login.commit(attempt);
            if (outcome == CommitOutcome.RECORDED) {
                signup.ifPresent(s -> pending.put(s.tokenHash(), s));
            }
            return outcome;
        }
    }

    @Override
    public Optional<PendingSignup> find(String tokenHash) {
        synchronized (directory) {
            return Optional.ofNullable(pending.get(tokenHash));
        }
    }
}
