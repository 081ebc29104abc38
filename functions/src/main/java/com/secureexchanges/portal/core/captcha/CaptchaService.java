package com.secureexchanges.portal.core.captcha;

import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues and checks numeric image captchas (SPEC L2).
 *
 * <p>The answer is kept only as a keyed hash, inside the captcha id itself:
 * {@code nonce.expiresAt.HMAC(nonce.expiresAt.answer)}. Issuing therefore writes nothing; checking is
 * pure computation, and the caller makes the first check final by recording the nonce as used in
 * the same conditional write that records the login attempt (see {@code LoginStore}).
 */
public final class CaptchaService {

    public static final int DIGITS = 6;
    private static final String PURPOSE = "captcha";
    private static final Pattern ID = Pattern.compile("([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern ANSWER = Pattern.compile("[0-9]{6}");

    private final TokenGenerator tokens;
    private final SecretHasher hasher;
    private final CaptchaRenderer renderer;
    private final RateLimiter limiter;
    private final Clock clock;
    private final CaptchaPolicy policy;
    private final Optional<String> fixedAnswer;

    /**
     * @param fixedAnswer a constant answer for automated tests of the local portal (SPEC D3); the
     *                    Lambda wiring always passes empty
     */
    public CaptchaService(TokenGenerator tokens, SecretHasher hasher, CaptchaRenderer renderer, RateLimiter limiter,
                          Clock clock, CaptchaPolicy policy, Optional<String> fixedAnswer) {
        fixedAnswer.ifPresent(a -> {
            if (!ANSWER.matcher(a).matches()) {
                throw new IllegalArgumentException("a fixed captcha answer must be six digits");
            }
        });
        this.tokens = tokens;
        this.hasher = hasher;
        this.renderer = renderer;
        this.limiter = limiter;
        this.clock = clock;
        this.policy = policy;
        this.fixedAnswer = fixedAnswer;
    }

    /**
     * A new captcha. The answer is drawn on this call and leaves it only inside the image.
     *
     * @throws RateLimited when {@code client}'s IP has asked for too many images lately
     */
    public IssuedCaptcha issue(ClientInfo client) {
        Instant now = clock.instant();
        RateWindow window = RateWindow.fixed("captcha-ip", hasher.hash("ip", client.network()), policy.perIp(),
                policy.ipWindow(), now);
        if (!limiter.tryAcquire(window)) {
            throw new RateLimited();
        }
        String answer = fixedAnswer.orElseGet(() -> tokens.digits(DIGITS));
        String nonce = tokens.id();
        long expiresAt = now.plus(policy.ttl()).getEpochSecond();
        String mac = hasher.hash(PURPOSE, nonce + "." + expiresAt + "." + answer);
        return new IssuedCaptcha(nonce + "." + expiresAt + "." + mac, renderer.render(answer));
    }

    /**
     * Checks an answer without consuming it. Never throws for bad input: a malformed id or answer
     * is simply unsolved, because the caller's answer must not depend on it (SPEC L3).
     */
    public CaptchaTicket check(String id, String answer) {
        var m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) {
            return CaptchaTicket.MALFORMED;
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
        boolean fresh = clock.instant().isBefore(expiresAt);
        boolean shaped = answer != null && ANSWER.matcher(answer).matches();
        boolean right = shaped && hasher.matches(PURPOSE, m.group(1) + "." + m.group(2) + "." + answer, m.group(3));
        return new CaptchaTicket(Optional.of(m.group(1)), expiresAt, fresh && right);
    }
}
