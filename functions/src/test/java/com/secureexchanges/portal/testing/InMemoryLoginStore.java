package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.AddressState;
import com.secureexchanges.portal.core.login.AddressThrottle;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.login.PendingLink;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.login.Grant;
import java.time.Instant;
import com.secureexchanges.portal.core.user.LoginIdentity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sign-in store in maps, with the same all-or-nothing semantics as the DynamoDB one. */
public final class InMemoryLoginStore implements LoginStore {

    private final InMemoryUserDirectory users;
    private final InMemorySessionStore sessions;
    private final InMemoryChallengeStore challenges;
    private final Map<String, Integer> ipHits = new HashMap<>();
    private final Set<String> usedCaptchas = new HashSet<>();
    private final Map<String, AddressThrottle> throttles = new HashMap<>();
    private final Map<String, PendingLink> links = new HashMap<>();

    public InMemoryLoginStore(InMemoryUserDirectory users, InMemorySessionStore sessions,
                              InMemoryChallengeStore challenges) {
        this.users = users;
        this.sessions = sessions;
        this.challenges = challenges;
    }

    @Override
    public synchronized AddressState read(String addressKey, EmailAddress email) {
        return new AddressState(users.byEmail(email).map(LoginIdentity::of),
                throttles.getOrDefault(addressKey, AddressThrottle.NONE));
    }

    @Override
    public synchronized CommitOutcome commit(LoginAttempt attempt) {
        if (ipHits.getOrDefault(attempt.ipWindow().key(), 0) >= attempt.ipWindow().limit()) {
            return CommitOutcome.IP_LIMITED;
        }
        if (attempt.captcha().isPresent() && usedCaptchas.contains(attempt.captcha().get().nonce())) {
            return CommitOutcome.CAPTCHA_REUSED;
        }
        if (attempt.address().isPresent()) {
            var update = attempt.address().get();
            long stored = throttles.getOrDefault(update.addressKey(), AddressThrottle.NONE).version();
            if (stored != update.expectedVersion()) {
                return CommitOutcome.ADDRESS_RACE;
            }
        }
        ipHits.merge(attempt.ipWindow().key(), 1, Integer::sum);
        attempt.captcha().ifPresent(c -> usedCaptchas.add(c.nonce()));
        attempt.address().ifPresent(update -> {
            throttles.put(update.addressKey(), update.next());
            update.supersedes().ifPresent(links::remove);
        });
        attempt.link().ifPresent(link -> links.put(link.tokenHash(), link));
        return CommitOutcome.RECORDED;
    }

    @Override
    public synchronized Optional<PendingLink> findLink(String tokenHash) {
        return Optional.ofNullable(links.get(tokenHash));
    }

    @Override
    public synchronized boolean redeem(PendingLink link, Grant grant) {
        PendingLink stored = links.get(link.tokenHash());
        Instant now = switch (grant) {
            case Grant.SessionGrant g -> g.session().createdAt();
            case Grant.ChallengeGrant g -> g.challenge().lastSentAt();
        };
        if (stored == null || stored.usedAt().isPresent() || !now.isBefore(stored.expiresAt())) {
            throw new LinkInvalid(LinkInvalid.Reason.USED);
        }
        var current = throttles.getOrDefault(link.addressKey(), AddressThrottle.NONE).currentLink();
        if (!current.equals(Optional.of(link.tokenHash()))) {
            throw new LinkInvalid(LinkInvalid.Reason.SUPERSEDED);
        }
        if (users.find(link.userId()).filter(u -> u.active() && u.security().version() == link.securityVersion())
                .isEmpty()) {
            throw new LinkInvalid(LinkInvalid.Reason.ACCOUNT_CHANGED);
        }
        switch (grant) {
            case Grant.SessionGrant g -> sessions.put(g.session());
            case Grant.ChallengeGrant g -> {
                if (!challenges.createLogin(g.challenge(), g.numberWindow())) {
                    return false;
                }
            }
        }
        links.put(link.tokenHash(), new PendingLink(stored.tokenHash(), stored.addressKey(), stored.userId(),
                stored.accountId(), stored.bindingHash(), stored.expiresAt(), Optional.of(now),
                stored.secondFactor(), stored.language(), stored.securityVersion()));
        return true;
    }

    /** Whether anything is stored for the address (known or not, counters are kept the same way). */
    public synchronized boolean hasThrottle(String addressKey) {
        return throttles.containsKey(addressKey);
    }
}
