package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.twofactor.AttemptResult;
import com.secureexchanges.portal.core.twofactor.Challenge;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.twofactor.SendOutcome;
import com.secureexchanges.portal.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Challenges in a map, with the conditions of the DynamoDB store. */
public final class InMemoryChallengeStore implements ChallengeStore, ChallengeCompletion {

    private final InMemoryUserDirectory users;
    private final InMemorySessionStore sessions;
    private final InMemoryRateLimiter numbers;
    private final Map<String, Challenge> challenges = new HashMap<>();

    public InMemoryChallengeStore(InMemoryUserDirectory users, InMemorySessionStore sessions,
                                  InMemoryRateLimiter numbers) {
        this.users = users;
        this.sessions = sessions;
        this.numbers = numbers;
    }

    /** Stores a login challenge and counts its SMS (what the login store's redeem does). */
    boolean createLogin(Challenge c, RateWindow window) {
        synchronized (users) {
            if (!numbers.tryAcquire(window)) {
                return false;
            }
            challenges.put(c.key(), c);
            return true;
        }
    }

    @Override
    public SendOutcome createEnrolment(Challenge c, Instant cooldownCutoff, List<RateWindow> windows,
                                       Appendix journal) {
        synchronized (users) {
            Challenge old = challenges.get(c.key());
            if (old != null && old.lastSentAt().isAfter(cooldownCutoff)) {
                return SendOutcome.TOO_SOON;
            }
            users.checkHead(journal);
            int full = numbers.tryAcquireAll(windows);
            if (full >= 0) {
                return full == 0 ? SendOutcome.NUMBER_LIMIT : SendOutcome.ENROLMENT_LIMIT;
            }
            challenges.put(c.key(), c);
            users.apply(journal);
            return SendOutcome.STORED;
        }
    }

    @Override
    public Optional<Challenge> find(String key) {
        synchronized (users) {
            return Optional.ofNullable(challenges.get(key));
        }
    }

    @Override
    public AttemptResult countAttempt(String key, Instant now, int maxAttempts) {
        synchronized (users) {
            Challenge c = challenges.get(key);
            if (c == null || c.attempts() >= maxAttempts || !now.isBefore(c.expiresAt())) {
                return new AttemptResult(false, Optional.ofNullable(c));
            }
            Challenge counted = c.counted();
            challenges.put(key, counted);
            return new AttemptResult(true, Optional.of(counted));
        }
    }

    @Override
    public SendOutcome replaceCode(Challenge seen, Challenge fresh, RateWindow window, Appendix journal) {
        synchronized (users) {
            Challenge c = challenges.get(seen.key());
            if (c == null || c.sends() != seen.sends() || c.attempts() != seen.attempts()) {
                return SendOutcome.TOO_SOON;
            }
            users.checkHead(journal);
            if (!unchanged(c)) {
                return SendOutcome.USER_CHANGED;
            }
            if (!numbers.tryAcquire(window)) {
                return SendOutcome.NUMBER_LIMIT;
            }
            challenges.put(c.key(), fresh.withJournal(journal.next()));
            users.apply(journal);
            return SendOutcome.STORED;
        }
    }

    @Override
    public boolean completeLogin(Challenge solved, Session session, Appendix journal) {
        synchronized (users) {
            Challenge c = challenges.get(solved.key());
            users.checkHead(journal);
            if (c == null || !c.codeHash().equals(solved.codeHash()) || !unchanged(c)) {
                return false;
            }
            challenges.remove(solved.key());
            sessions.put(session);
            users.apply(journal);
            return true;
        }
    }

    @Override
    public boolean completeEnrolment(Challenge solved, User before, User after, Appendix journal) {
        synchronized (users) {
            Challenge c = challenges.get(solved.key());
            if (c == null || !c.codeHash().equals(solved.codeHash()) || !users.update(before, after, journal)) {
                return false;
            }
            challenges.remove(solved.key());
            return true;
        }
    }

    @Override
    public void recordGuess(Challenge counted, Appendix journal) {
        synchronized (users) {
            users.checkHead(journal);
            Challenge c = challenges.get(counted.key());
            if (c != null) {
                challenges.put(c.key(), c.withJournal(journal.next()));
            }
            users.apply(journal);
        }
    }

    private boolean unchanged(Challenge c) {
        return users.find(c.chain().key())
                .filter(u -> u.active() && u.security().version() == c.securityVersion()).isPresent();
    }
}
