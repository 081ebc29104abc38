package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything one login request writes, committed atomically: the per-IP count, the captcha marked
 * used, the address's new throttle state and the new link (which replaces the previous one).
 */
public record LoginAttempt(RateWindow ipWindow, Optional<UsedCaptcha> captcha, Optional<AddressUpdate> address,
                           Optional<PendingLink> link) {

    /** A captcha nonce to record as used until the captcha would have expired anyway. */
    public record UsedCaptcha(String nonce, Instant expiresAt) {
    }

    /**
     * The throttle state to write, if the stored version is still {@code expectedVersion}.
     *
     * @param supersedes the previous link to delete, when a new one is issued
     */
    public record AddressUpdate(String addressKey, long expectedVersion, AddressThrottle next, Instant purgeAt,
                                Optional<String> supersedes) {
    }

    LoginAttempt withoutAddress() {
        return new LoginAttempt(ipWindow, captcha, Optional.empty(), Optional.empty());
    }

    LoginAttempt ipOnly() {
        return new LoginAttempt(ipWindow, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
