package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SMS step of signing in (SPEC M3, M4): issuing the code, checking it, resending it. Texts go only
 * to the number the challenge was made for, the user's verified number, and a challenge dies as soon
 * as the user's second factor changes.
 */
public final class TwoFactorService {

    private static final Pattern COOKIE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Codes codes;
    private final ChallengeCompletion completion;
    private final SmsSender sms;
    private final SmsTexts texts;
    private final SessionService sessions;
    private final TokenGenerator tokens;
    private final SecretHasher hasher;

    public TwoFactorService(Codes codes, ChallengeCompletion completion, SmsSender sms, SmsTexts texts,
                            SessionService sessions, TokenGenerator tokens, SecretHasher hasher) {
        this.codes = codes;
        this.completion = completion;
        this.sms = sms;
        this.texts = texts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
    }

    /** A new login challenge for a user whose verified number is {@code phone}; not yet stored. */
    public IssuedChallenge loginChallenge(String userId, String accountId, PhoneNumber phone, Language language,
                                          long securityVersion) {
        String cookie = tokens.token();
        Codes.IssuedCode issued = codes.issue(keyOf(cookie), userId, accountId, phone, language, securityVersion);
        return new IssuedChallenge(cookie, issued.challenge(), texts.code(phone, language, issued.code()),
                codes.numberWindow(phone));
    }

    /** Hands a stored challenge's SMS to the sender. */
    public void deliver(IssuedChallenge issued) {
        sms.send(issued.sms());
    }

    /**
     * Checks the code typed in the browser holding the challenge cookie; on success the challenge is
     * gone and a session is open.
     */
    public NewSession verifyLogin(Optional<String> cookie, String code, ClientInfo client) {
        Challenge solved = codes.solve(loginKey(cookie), code);
        NewSession session = sessions.open(solved.userId(), solved.accountId(), client);
        if (!completion.completeLogin(solved, session.session())) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        return session;
    }

    /** Sends a new code for the challenge in this browser; the previous code stops working. */
    public void resendLogin(Optional<String> cookie) {
        String key = loginKey(cookie);
        Instant now = codes.now();
        Challenge seen = codes.store().find(key)
                .orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN));
        codes.requireAlive(seen, now);
        if (seen.sends() >= codes.policy().maxSends()) {
            throw RateLimited.resendLimit();
        }
        if (now.isBefore(seen.lastSentAt().plus(codes.policy().resendCooldown()))) {
            throw RateLimited.resendTooSoon();
        }
        Codes.IssuedCode fresh = codes.issue(key, seen.userId(), seen.accountId(), seen.phone(), seen.language(),
                seen.securityVersion());
        SendOutcome outcome = codes.store().replaceCode(seen, fresh.challenge().codeHash(),
                fresh.challenge().codeExpiresAt(), now, codes.numberWindow(seen.phone()));
        switch (outcome) {
            case STORED -> sms.send(texts.code(seen.phone(), seen.language(), fresh.code()));
            case NUMBER_LIMIT -> throw RateLimited.numberLimit();
            case TOO_SOON -> throw RateLimited.resendTooSoon();
            case USER_CHANGED -> throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
            default -> throw new IllegalStateException(outcome.name());
        }
    }

    private String loginKey(Optional<String> cookie) {
        return keyOf(cookie.filter(c -> COOKIE.matcher(c).matches())
                .orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN)));
    }

    private String keyOf(String cookie) {
        return Challenge.LOGIN + hasher.hash("challenge", cookie);
    }
}
