package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.AddressState;
import com.secureexchanges.portal.core.login.AddressThrottle;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.Grant;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.login.PendingLink;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.LoginIdentity;
import java.time.Instant;
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
    private final Map<String, Integer> denials = new HashMap<>();

    public InMemoryLoginStore(InMemoryUserDirectory users, InMemorySessionStore sessions,
                              InMemoryChallengeStore challenges) {
        this.users = users;
        this.sessions = sessions;
        this.challenges = challenges;
    }

    @Override
    public AddressState read(String addressKey, EmailAddress email) {
        synchronized (users) {
            return new AddressState(users.byEmail(email).map(LoginIdentity::of),
                    throttles.getOrDefault(addressKey, AddressThrottle.NONE));
        }
    }

    @Override
    public CommitOutcome commit(LoginAttempt attempt) {
        synchronized (users) {
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
            attempt.journal().ifPresent(users::checkHead);
            ipHits.merge(attempt.ipWindow().key(), 1, Integer::sum);
            attempt.captcha().ifPresent(c -> usedCaptchas.add(c.nonce()));
            attempt.address().ifPresent(update -> {
                throttles.put(update.addressKey(), update.next());
                update.supersedes().ifPresent(links::remove);
            });
            attempt.link().ifPresent(link -> links.put(link.tokenHash(), link));
            attempt.journal().ifPresent(users::apply);
            users.deliveries.write(attempt.deliveries());
            return CommitOutcome.RECORDED;
        }
    }

    @Override
    public Optional<PendingLink> findLink(String tokenHash) {
        synchronized (users) {
            return Optional.ofNullable(links.get(tokenHash));
        }
    }

    @Override
    public boolean redeem(PendingLink link, Grant grant, Appendix journal) {
        synchronized (users) {
            PendingLink stored = links.get(link.tokenHash());
            Instant now = switch (grant) {
                case Grant.SessionGrant g -> g.session().createdAt();
                case Grant.ChallengeGrant g -> g.challenge().lastSentAt();
            };
            users.checkHead(journal);
            if (stored == null || stored.usedAt().isPresent() || !now.isBefore(stored.expiresAt())) {
                throw new LinkInvalid(LinkInvalid.Reason.USED);
            }
            var live = throttles.getOrDefault(link.addressKey(), AddressThrottle.NONE).liveLinks();
            if (!live.contains(link.tokenHash())) {
                throw new LinkInvalid(LinkInvalid.Reason.SUPERSEDED);
            }
            if (users.find(link.chain().key())
                    .filter(u -> u.active() && u.security().version() == link.securityVersion()).isEmpty()) {
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
            links.put(link.tokenHash(), stored.used(now));
            users.apply(journal);
            return true;
        }
    }

    @Override
    public boolean deny(PendingLink link, Appendix journal, int maxDenials) {
        synchronized (users) {
            PendingLink stored = links.get(link.tokenHash());
            if (stored == null || denials.getOrDefault(link.tokenHash(), 0) >= maxDenials || !users.owns(journal)) {
                return false;
            }
            users.checkHead(journal);
            denials.merge(link.tokenHash(), 1, Integer::sum);
            links.put(link.tokenHash(), stored.withJournal(journal.next()));
            users.apply(journal);
            return true;
        }
    }

    /** Whether anything is stored for the address (known or not, counters are kept the same way). */
    public boolean hasThrottle(String addressKey) {
        synchronized (users) {
            return throttles.containsKey(addressKey);
        }
    }
}
