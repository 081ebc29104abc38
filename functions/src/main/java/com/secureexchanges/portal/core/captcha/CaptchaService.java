package com.secureexchanges.portal.core.captcha;

import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues and checks numeric image captchas (SPEC L2) and their accessible alternative, a proof of work
 * (SPEC X5, {@link WorkChallenge}), under the same rules: one per-IP budget for both, ten minutes,
 * used up by the first answer.
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
    private static final String WORK_PURPOSE = "captcha-work";
    private static final Pattern WORK_ID = Pattern.compile(
            "w\\.([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([0-9]{1,7})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern WORK_ANSWER = Pattern.compile("0|[1-9][0-9]{0,6}");
    /**
     * The numbers a proof of work searches: half a million SHA-256 on average, a second or two in a
     * browser's worker, and more than a machine spends reading the image.
     */
    public static final int WORK_MAX = 1_000_000;

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
        Instant now = count(client);
        String answer = fixedAnswer.orElseGet(() -> tokens.digits(DIGITS));
        String nonce = tokens.id();
        long expiresAt = now.plus(policy.ttl()).getEpochSecond();
        String mac = hasher.hash(PURPOSE, nonce + "." + expiresAt + "." + answer);
        return new IssuedCaptcha(nonce + "." + expiresAt + "." + mac, renderer.render(answer));
    }

    /**
     * A new proof of work, counted in the same per-IP budget as images. The number to find is drawn on
     * this call; only its hash leaves, and the id carries a keyed hash binding the challenge to it.
     *
     * @throws RateLimited when {@code client}'s IP has asked for too many captchas lately
     */
    public WorkChallenge issueWork(ClientInfo client) {
        Instant now = count(client);
        int number = Integer.parseInt(tokens.digits(DIGITS)) % WORK_MAX;
        String salt = tokens.id() + "." + now.plus(policy.ttl()).getEpochSecond();
        String challenge = sha256(salt + number);
        String mac = hasher.hash(WORK_PURPOSE, salt + "." + WORK_MAX + "." + challenge);
        return new WorkChallenge("w." + salt + "." + WORK_MAX + "." + mac, "SHA-256", salt, challenge, WORK_MAX);
    }

    /**
     * Checks an answer to an image or a proof of work without consuming it. Never throws for bad input:
     * a malformed id or answer is simply unsolved, because the caller's answer must not depend on it
     * (SPEC L3).
     */
    public CaptchaTicket check(String id, String answer) {
        if (id != null && id.startsWith("w.")) {
            return checkWork(id, answer);
        }
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

    /** Counts one captcha of either kind in the client's per-IP budget; returns the time of the count. */
    private Instant count(ClientInfo client) {
        Instant now = clock.instant();
        RateWindow window = RateWindow.fixed("captcha-ip", hasher.hash("ip", client.network()), policy.perIp(),
                policy.ipWindow(), now);
        if (!limiter.tryAcquire(window)) {
            throw new RateLimited();
        }
        return now;
    }

    private CaptchaTicket checkWork(String id, String answer) {
        var m = WORK_ID.matcher(id);
        if (!m.matches()) {
            return CaptchaTicket.MALFORMED;
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
        boolean fresh = clock.instant().isBefore(expiresAt);
        String salt = m.group(1) + "." + m.group(2);
        boolean shaped = answer != null && WORK_ANSWER.matcher(answer).matches()
                && Integer.parseInt(answer) < Integer.parseInt(m.group(3));
        boolean right = shaped && hasher.matches(WORK_PURPOSE, salt + "." + m.group(3) + "." + sha256(salt + answer),
                m.group(4));
        return new CaptchaTicket(Optional.of(m.group(1)), expiresAt, fresh && right);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
