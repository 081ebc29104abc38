package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.twofactor.AttemptResult;
import com.secureexchanges.portal.core.twofactor.Challenge;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.twofactor.SendOutcome;
import com.secureexchanges.portal.core.user.User;
import java.time.Instant;
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
    synchronized boolean createLogin(Challenge c, RateWindow window) {
        if (!numbers.tryAcquire(window)) {
            return false;
        }
        challenges.put(c.key(), c);
        return true;
    }

    @Override
    public synchronized SendOutcome createEnrolment(Challenge c, Instant cooldownCutoff, RateWindow window) {
        Challenge old = challenges.get(c.key());
        if (old != null && old.lastSentAt().isAfter(cooldownCutoff)) {
            return SendOutcome.TOO_SOON;
        }
        if (!numbers.tryAcquire(window)) {
            return SendOutcome.NUMBER_LIMIT;
        }
        challenges.put(c.key(), c);
        return SendOutcome.STORED;
    }

    @Override
    public synchronized Optional<Challenge> find(String key) {
        return Optional.ofNullable(challenges.get(key));
    }

    @Override
    public synchronized AttemptResult countAttempt(String key, Instant now, int maxAttempts) {
        Challenge c = challenges.get(key);
        if (c == null || c.attempts() >= maxAttempts || !now.isBefore(c.expiresAt())) {
            return new AttemptResult(false, Optional.ofNullable(c));
        }
        Challenge counted = new Challenge(c.key(), c.userId(), c.accountId(), c.phone(), c.language(), c.codeHash(),
                c.codeExpiresAt(), c.attempts() + 1, c.sends(), c.lastSentAt(), c.expiresAt(), c.securityVersion());
        challenges.put(key, counted);
        return new AttemptResult(true, Optional.of(counted));
    }

    @Override
    public synchronized SendOutcome replaceCode(Challenge seen, String codeHash, Instant codeExpiresAt, Instant now,
                                                RateWindow window) {
        Challenge c = challenges.get(seen.key());
        if (c == null || c.sends() != seen.sends() || c.attempts() != seen.attempts()) {
            return SendOutcome.TOO_SOON;
        }
        if (!unchanged(c)) {
            return SendOutcome.USER_CHANGED;
        }
        if (!numbers.tryAcquire(window)) {
            return SendOutcome.NUMBER_LIMIT;
        }
        challenges.put(c.key(), new Challenge(c.key(), c.userId(), c.accountId(), c.phone(), c.language(), codeHash,
                codeExpiresAt, c.attempts(), c.sends() + 1, now, c.expiresAt(), c.securityVersion()));
        return SendOutcome.STORED;
    }

    @Override
    public synchronized boolean completeLogin(Challenge solved, Session session) {
        Challenge c = challenges.get(solved.key());
        if (c == null || !c.codeHash().equals(solved.codeHash()) || !unchanged(c)) {
            return false;
        }
        challenges.remove(solved.key());
        sessions.put(session);
        return true;
    }

    @Override
    public synchronized boolean completeEnrolment(Challenge solved, User before, User after) {
        Challenge c = challenges.get(solved.key());
        if (c == null || !c.codeHash().equals(solved.codeHash()) || !users.update(before, after)) {
            return false;
        }
        challenges.remove(solved.key());
        return true;
    }

    private boolean unchanged(Challenge c) {
        return users.find(c.userId()).filter(u -> u.active() && u.security().version() == c.securityVersion())
                .isPresent();
    }
}
