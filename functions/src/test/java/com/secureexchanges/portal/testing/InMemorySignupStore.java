package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.signup.PendingSignup;
import com.secureexchanges.portal.core.signup.SignupState;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.signup.SignupStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sign-up requests in memory, on the sign-in store's throttles and the directory's claims. */
public final class InMemorySignupStore implements SignupStore {

    private final InMemoryLoginStore login;
    private final InMemoryUserDirectory directory;
    private final InMemoryDomainDirectory domains;
    private final InMemorySessionStore sessions;
    private final Map<String, PendingSignup> pending = new HashMap<>();

    public InMemorySignupStore(InMemoryLoginStore login, InMemoryUserDirectory directory,
                               InMemoryDomainDirectory domains, InMemorySessionStore sessions) {
        this.login = login;
        this.directory = directory;
        this.domains = domains;
        this.sessions = sessions;
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

    @Override
    public Optional<Refusal> open(PendingSignup signup, Opening opening, Session session, Instant now) {
        synchronized (directory) {
            PendingSignup stored = pending.get(signup.tokenHash());
            if (stored == null || stored.usedAt().isPresent() || !now.isBefore(stored.expiresAt())) {
                return Optional.of(Refusal.LINK_USED);
            }
            if (domains.approvedBy(signup.email().domain()).isPresent()) {
                return Optional.of(Refusal.DOMAIN_TAKEN);
            }
            if (!directory.open(opening)) {
                return Optional.of(Refusal.EMAIL_TAKEN);
            }
            pending.put(stored.tokenHash(), new PendingSignup(stored.tokenHash(), stored.email(),
                    stored.organization(), stored.plan(), stored.quantity(), stored.bindingHash(), stored.expiresAt(),
                    Optional.of(now), stored.language()));
            sessions.create(session);
            return Optional.empty();
        }
    }
}
