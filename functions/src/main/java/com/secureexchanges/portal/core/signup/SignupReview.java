package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.SecretHasher;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opening a sign-up link (SPEC A2, with the sign-in link's rules of SPEC L6): the binding is checked
 * first, so another browser learns nothing of the link's state, only Error 2; then use and expiry.
 * Reading changes nothing.
 */
public final class SignupReview {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SignupStore store;
    private final SecretHasher hasher;
    private final Clock clock;
    private final Metrics metrics;

    public SignupReview(SignupStore store, SecretHasher hasher, Clock clock, Metrics metrics) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * The pending sign-up behind {@code token}, for the browser holding {@code bindingCookie}.
     *
     * @throws LinkInvalid     for an unknown token, or a used or expired one in the right browser
     * @throws BrowserMismatch when the binding cookie is missing or different
     */
    public PendingSignup open(String token, Optional<String> bindingCookie) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new LinkInvalid(LinkInvalid.Reason.UNKNOWN);
        }
        PendingSignup pending = hasher.find("signup", token, store::find)
                .orElseThrow(() -> new LinkInvalid(LinkInvalid.Reason.UNKNOWN));
        if (!bindingCookie.map(b -> hasher.matches("binding", b, pending.bindingHash())).orElse(false)) {
            metrics.count(Metric.ERROR_2);
            throw new BrowserMismatch();
        }
        if (pending.usedAt().isPresent()) {
            throw new LinkInvalid(LinkInvalid.Reason.USED);
        }
        if (!clock.instant().isBefore(pending.expiresAt())) {
            throw new LinkInvalid(LinkInvalid.Reason.EXPIRED);
        }
        return pending;
    }
}
