package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SMS codes (SPEC M1, M3, M4): issuing them, checking them and resending them. Every guess is
 * counted atomically before it is compared; codes are kept as keyed hashes bound to their
 * challenge; texts go only to the number the challenge was made for, which for sign-in is the
 * user's verified number, and a challenge dies as soon as the user's second factor changes.
 */
public final class TwoFactorService {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern COOKIE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ChallengeStore store;
    private final ChallengeCompletion completion;
    private final SmsSender sms;
    private final SmsTexts texts;
    private final SessionService sessions;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Clock clock;
    private final TwoFactorPolicy policy;

    public TwoFactorService(ChallengeStore store, ChallengeCompletion completion, SmsSender sms, SmsTexts texts,
                            SessionService sessions, TokenGenerator tokens, SecretHasher hasher, Clock clock,
                            TwoFactorPolicy policy) {
        this.store = store;
        this.completion = completion;
        this.sms = sms;
        this.texts = texts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = policy;
    }

    /** A new login challenge for a user whose verified number is {@code phone}; not yet stored. */
    public IssuedChallenge loginChallenge(String userId, String accountId, PhoneNumber phone, Language language,
                                          long securityVersion) {
        String cookie = tokens.token();
        String key = Challenge.LOGIN + hasher.hash("challenge", cookie);
        String code = tokens.digits(6);
        Challenge challenge = fresh(key, codeHash(key, code), userId, accountId, phone, language, securityVersion);
        return new IssuedChallenge(cookie, challenge, texts.code(phone, language, code), numberWindow(phone));
    }

    /** A challenge with its first code just sent; the code itself is only in {@code codeHash}. */
    Challenge fresh(String key, String codeHash, String userId, String accountId, PhoneNumber phone,
                    Language language, long securityVersion) {
        Instant now = clock.instant();
        return new Challenge(key, userId, accountId, phone, language, codeHash, now.plus(policy.codeTtl()), 0, 1,
                now, now.plus(policy.challengeTtl()), securityVersion);
    }

    /** Hands a stored challenge's SMS to the sender. */
    public void deliver(IssuedChallenge issued) {
        sms.send(issued.sms());
    }

    /**
     * Checks the code typed in the browser holding the challenge cookie; on success the challenge
     * is gone and a session is open.
     */
    public NewSession verifyLogin(Optional<String> cookie, String code, ClientInfo client) {
        Challenge solved = solve(loginKey(cookie), code);
        NewSession session = sessions.open(solved.userId(), solved.accountId(), client);
        if (!completion.completeLogin(solved, session.session())) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        return session;
    }

    /** Sends a new code for the challenge in this browser; the previous code stops working. */
    public void resendLogin(Optional<String> cookie) {
        resend(loginKey(cookie));
    }

    void resend(String key) {
        Instant now = clock.instant();
        Challenge seen = store.find(key).orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        alive(seen, now);
        if (seen.sends() >= policy.maxSends()) {
            throw RateLimited.resendLimit();
        }
        if (now.isBefore(seen.lastSentAt().plus(policy.resendCooldown()))) {
            throw RateLimited.resendTooSoon();
        }
        String code = tokens.digits(6);
        SendOutcome outcome = store.replaceCode(seen, codeHash(key, code), now.plus(policy.codeTtl()), now,
                numberWindow(seen.phone()));
        switch (outcome) {
            case STORED -> sms.send(texts.code(seen.phone(), seen.language(), code));
            case NUMBER_LIMIT -> throw RateLimited.numberLimit();
            case TOO_SOON -> throw RateLimited.resendTooSoon();
            case USER_CHANGED -> throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
            default -> throw new IllegalStateException(outcome.name());
        }
    }

    /** Counts the guess, then compares; returns the challenge when the code is right. */
    Challenge solve(String key, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput("invalid_code", "Enter the 6 digits of the code.");
        }
        Instant now = clock.instant();
        AttemptResult result = store.countAttempt(key, now, policy.maxAttempts());
        Challenge c = result.state().orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        if (!result.counted()) {
            alive(c, now);
            throw new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN);
        }
        int left = policy.maxAttempts() - c.attempts();
        boolean right = hasher.matches("otp", key + "." + code, c.codeHash());
        if (right && now.isBefore(c.codeExpiresAt())) {
            return c;
        }
        if (left <= 0) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.LOCKED);
        }
        throw right ? CodeRejected.expired(left) : CodeRejected.wrong(left);
    }

    private void alive(Challenge c, Instant now) {
        if (c.attempts() >= policy.maxAttempts()) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.LOCKED);
        }
        if (!now.isBefore(c.expiresAt())) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.EXPIRED);
        }
    }

    private String loginKey(Optional<String> cookie) {
        String value = cookie.filter(c -> COOKIE.matcher(c).matches())
                .orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        return Challenge.LOGIN + hasher.hash("challenge", value);
    }

    String codeHash(String key, String code) {
        return hasher.hash("otp", key + "." + code);
    }

    RateWindow numberWindow(PhoneNumber phone) {
        return RateWindow.fixed("sms-number", hasher.hash("phone", phone.value()), policy.perNumberPerDay(),
                Duration.ofDays(1), clock.instant());
    }

    TwoFactorPolicy policy() {
        return policy;
    }

    TokenGenerator tokens() {
        return tokens;
    }

    Clock clock() {
        return clock;
    }

    ChallengeStore store() {
        return store;
    }

    ChallengeCompletion completion() {
        return completion;
    }

    SmsSender sms() {
        return sms;
    }

    SmsTexts texts() {
        return texts;
    }
}
