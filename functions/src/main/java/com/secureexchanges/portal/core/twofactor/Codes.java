package com.secureexchanges.portal.core.twofactor;

import java.util.List;
import java.util.Optional;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The SMS code engine shared by sign-in and number confirmation: drawing codes, keeping them as
 * keyed hashes bound to their challenge, and checking a guess only after it has been counted.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    private final ChallengeStore store;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Clock clock;
    private final TwoFactorPolicy policy;

    public Codes(ChallengeStore store, TokenGenerator tokens, SecretHasher hasher, Clock clock, TwoFactorPolicy policy) {
        this.store = store;
        this.tokens = tokens;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = policy;
    }

    /** A new challenge under {@code key} with a new code; the code itself only goes into the SMS. */
    IssuedCode issue(String key, Challenge.Owner owner, PhoneNumber phone) {
        String code = tokens.digits(6);
        Instant now = clock.instant();
        Challenge challenge = new Challenge(key, owner.userId(), owner.accountId(), owner.email(), phone,
                owner.language(), hash(key, code), now.plus(policy.codeTtl()), 0, 1, now,
                now.plus(policy.challengeTtl()), owner.securityVersion(), owner.journal());
        return new IssuedCode(challenge, code);
    }

    /** A challenge and the code it was issued with (to be sent, never stored). */
    record IssuedCode(Challenge challenge, String code) {
    }

    /**
     * Counts the guess on the challenge stored under the first of {@code keys} that has one, then compares.
     * A login challenge has one key per active HMAC key, the current one first; most have one key.
     *
     * @throws ChallengeInvalid when the guess could not be counted (no challenge, no guesses left, over)
     */
    Guess guess(List<String> keys, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput(ErrorId.INVALID_CODE);
        }
        Instant now = clock.instant();
        AttemptResult result = new AttemptResult(false, Optional.empty());
        for (int i = 0; i < keys.size() && result.state().isEmpty(); i++) {
            result = store.countAttempt(keys.get(i), now, policy.maxAttempts());
        }
        Challenge c = result.state().orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        if (!result.counted()) {
            requireAlive(c, now);
            throw new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN);
        }
        boolean right = hasher.matches("otp", c.key() + "." + code, c.codeHash());
        if (right && now.isBefore(c.codeExpiresAt())) {
            return new Guess.Right(c);
        }
        return new Guess.Wrong(c, policy.maxAttempts() - c.attempts(), right);
    }

    /** The failure a wrong guess answers: the challenge is over once no guess is left. */
    static RuntimeException refusal(Guess.Wrong wrong) {
        if (wrong.attemptsLeft() <= 0) {
            return new ChallengeInvalid(ChallengeInvalid.Reason.LOCKED);
        }
        return wrong.expired() ? CodeRejected.expired(wrong.attemptsLeft()) : CodeRejected.wrong(wrong.attemptsLeft());
    }

    void requireAlive(Challenge c, Instant now) {
        if (c.attempts() >= policy.maxAttempts()) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.LOCKED);
        }
        if (!now.isBefore(c.expiresAt())) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.EXPIRED);
        }
    }

    String hash(String key, String code) {
        return hasher.hash("otp", key + "." + code);
    }

    /**
     * The window of sign-in codes from this user to this number today (UTC): theirs alone, so that nobody
     * enrolling the number elsewhere can keep them from signing in (security review, finding 3).
     */
    RateWindow signInWindow(String userId, PhoneNumber phone) {
        return RateWindow.fixed("sms-signin", hasher.hash("phone", userId + "|" + phone.value()),
                policy.signInPerDay(), Duration.ofDays(1), clock.instant());
    }

    /**
     * The windows an enrolment SMS counts in today (UTC), the number's first: the number's (whoever asks),
     * the user's and the account's (security review, finding 4: no SMS pumping from one account).
     */
    List<RateWindow> enrolmentWindows(UserKey user, PhoneNumber phone) {
        Instant now = clock.instant();
        Duration day = Duration.ofDays(1);
        return List.of(
                RateWindow.fixed("sms-number", hasher.hash("phone", phone.value()), policy.perNumberPerDay(), day, now),
                RateWindow.fixed("sms-enrol-user", hasher.hash("user", user.accountId() + "|" + user.userId()),
                        policy.enrolPerUserPerDay(), day, now),
                RateWindow.fixed("sms-enrol-account", hasher.hash("account", user.accountId()),
                        policy.enrolPerAccountPerDay(), day, now));
    }

    /** @throws Unprocessable {@code sms_country_not_allowed} unless the number is of an allowed region */
    void requireAllowedCountry(PhoneNumber phone) {
        if (!policy.countries().contains(phone.region())) {
            throw new Unprocessable(ErrorId.SMS_COUNTRY_NOT_ALLOWED);
        }
    }

    Instant now() {
        return clock.instant();
    }

    TwoFactorPolicy policy() {
        return policy;
    }

    ChallengeStore store() {
        return store;
    }
}
