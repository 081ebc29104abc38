package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.PendingLink;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SMS step of signing in (SPEC M3, M4): issuing the code, checking it, resending it. Texts go only
 * to the number the challenge was made for, the user's verified number, and a challenge dies as soon
 * as the user's second factor changes. Every code sent and every guess counted is an event.
 */
public final class TwoFactorService {

    private static final Pattern COOKIE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Codes codes;
    private final ChallengeCompletion completion;
    private final Mailroom mailroom;
    private final SmsTexts texts;
    private final SessionService sessions;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final Journal journal;
    private final Metrics metrics;

    public TwoFactorService(Codes codes, ChallengeCompletion completion, Mailroom mailroom, SmsTexts texts,
                            SessionService sessions, TokenGenerator tokens, SecretHasher hasher, Journal journal,
                            Metrics metrics) {
        this.codes = codes;
        this.completion = completion;
        this.mailroom = mailroom;
        this.texts = texts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
        this.journal = journal;
        this.metrics = metrics;
    }

    /** A new login challenge for the owner of {@code link}, to their verified number; not yet stored. */
    public IssuedChallenge loginChallenge(PendingLink link, ClientInfo client) {
        String cookie = tokens.token();
        var phone = link.secondFactor().orElseThrow();
        Codes.IssuedCode issued = codes.issue(keyOf(cookie), new Challenge.Owner(link.userId(), link.accountId(),
                link.email(), link.language(), link.securityVersion(), link.journal()), phone);
        return new IssuedChallenge(cookie, issued.challenge(), texts.code(phone, link.language(), issued.code()),
                codes.signInWindow(link.userId(), phone));
    }

    /** The challenge's SMS, sealed, to be written with the challenge. */
    public Delivery delivery(IssuedChallenge issued) {
        return mailroom.wrap(issued.sms());
    }

    /**
     * Checks the code typed in the browser holding the challenge cookie; on success the challenge is
     * gone and a session is open.
     */
    public NewSession verifyLogin(Optional<String> cookie, String code, ClientInfo client) {
        Guess guess = codes.guess(loginKeys(cookie), code);
        Challenge c = guess.challenge();
        if (guess instanceof Guess.Wrong wrong) {
            metrics.record(failureCounts(wrong));
            try {
                journal.record(c.chain(), c.journal(), failures(wrong, "login", client), appendix -> {
                    completion.recordGuess(c, appendix);
                    return c;
                });
            } catch (Conflict headKeptMoving) {
                // The guess was counted; the refusal stands even if its event could not be written.
            }
            throw Codes.refusal(wrong);
        }
        NewSession session = sessions.open(c.userId(), c.accountId(), client);
        List<Event> events = List.of(
                Event.of(EventType.TWOFACTOR_VERIFIED, c.userId(), c.userId(), client).with("purpose", "login"),
                Event.of(EventType.LOGIN_SUCCEEDED, c.userId(), c.userId(), client).with("secondFactor", "sms"));
        if (!journal.record(c.chain(), c.journal(), events,
                appendix -> completion.completeLogin(c, session.session(), appendix))) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        metrics.count(Metric.LOGINS);
        return session;
    }

    /** The events of a wrong guess: failed, and locked when it was the last one. */
    static List<Event> failures(Guess.Wrong wrong, String purpose, ClientInfo client) {
        String subject = wrong.challenge().userId();
        List<Event> events = new ArrayList<>();
        events.add(Event.of(EventType.TWOFACTOR_FAILED, Event.ANONYMOUS, subject, client).with("purpose", purpose)
                .failed(wrong.expired() ? "code_expired" : "code_invalid"));
        if (wrong.attemptsLeft() <= 0) {
            events.add(Event.of(EventType.TWOFACTOR_LOCKED, Event.ANONYMOUS, subject, client).with("purpose", purpose)
                    .failed("challenge_locked"));
        }
        return events;
    }

    /** The counts of a wrong guess, as its {@link #failures events}: failed, and locked by the last one. */
    private static Map<Metric, Integer> failureCounts(Guess.Wrong wrong) {
        return Map.of(Metric.CODES_FAILED, 1, Metric.CODES_LOCKED, wrong.attemptsLeft() <= 0 ? 1 : 0);
    }

    /** Sends a new code for the challenge in this browser; the previous code stops working. */
    public void resendLogin(Optional<String> cookie, ClientInfo client) {
        Instant now = codes.now();
        Challenge seen = loginKeys(cookie).stream().map(codes.store()::find).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        codes.requireAlive(seen, now);
        if (seen.sends() >= codes.policy().maxSends()) {
            throw RateLimited.resendLimit();
        }
        if (now.isBefore(seen.lastSentAt().plus(codes.policy().resendCooldown()))) {
            throw RateLimited.resendTooSoon();
        }
        Codes.IssuedCode fresh = codes.issue(seen.key(), new Challenge.Owner(seen.userId(), seen.accountId(),
                seen.email(), seen.language(), seen.securityVersion(), seen.journal()), seen.phone());
        Event sent = Event.of(EventType.TWOFACTOR_CODE_SENT, Event.ANONYMOUS, seen.userId(), client)
                .with("purpose", "login").with("to", seen.phone().masked()).with("resend", "true");
        Delivery text = mailroom.wrap(texts.code(seen.phone(), seen.language(), fresh.code()));
        SendOutcome outcome = journal.record(seen.chain(), seen.journal(), List.of(sent), List.of(text), appendix -> codes
                .store()
                .replaceCode(seen, seen.resent(fresh.challenge().codeHash(), fresh.challenge().codeExpiresAt(), now,
                        appendix.next()), codes.signInWindow(seen.userId(), seen.phone()), appendix));
        switch (outcome) {
            case STORED -> {
                metrics.count(Metric.CODES_SENT);
            }
            case NUMBER_LIMIT -> throw RateLimited.numberLimit();
            case TOO_SOON -> throw RateLimited.resendTooSoon();
            case USER_CHANGED -> throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
            default -> throw new IllegalStateException(outcome.name());
        }
    }

    /** The keys the challenge of this cookie may be stored under: one per active HMAC key, the current one first. */
    private List<String> loginKeys(Optional<String> cookie) {
        String value = cookie.filter(c -> COOKIE.matcher(c).matches())
                .orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        return hasher.hashes("challenge", value).stream().map(hash -> Challenge.LOGIN + hash).toList();
    }

    private String keyOf(String cookie) {
        return Challenge.LOGIN + hasher.hash("challenge", cookie);
    }
}
