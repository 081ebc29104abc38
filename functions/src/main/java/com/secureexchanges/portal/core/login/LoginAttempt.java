package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one login request writes, committed atomically: the per-IP count, the captcha marked
 * used, the address's new throttle state, the new link (and the deletion of the one it replaces) and, for an
 * address with an account, its events; and the messages it sends ({@code deliveries}, the outbox).
 *
 * @param padding items of no effect to add when there are no events, so that a request for an address
 *                without an account writes as many items as one for an address with an account
 */
public record LoginAttempt(RateWindow ipWindow, Optional<UsedCaptcha> captcha, Optional<AddressUpdate> address,
                           Optional<PendingLink> link, Optional<Appendix> journal, int padding,
                           List<Delivery> deliveries) {

    public LoginAttempt {
        deliveries = List.copyOf(deliveries);
    }

    public LoginAttempt(RateWindow ipWindow, Optional<UsedCaptcha> captcha, Optional<AddressUpdate> address,
                        Optional<PendingLink> link, Optional<Appendix> journal, int padding) {
        this(ipWindow, captcha, address, link, journal, padding, List.of());
    }

    /** The same writes, sending {@code messages} with them. */
    public LoginAttempt sending(List<Delivery> messages) {
        return new LoginAttempt(ipWindow, captcha, address, link, journal, padding, messages);
    }

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

    LoginAttempt withJournal(Appendix appendix) {
        Optional<PendingLink> chained = link.map(l -> l.withJournal(appendix.next()));
        return new LoginAttempt(ipWindow, captcha, address, chained, Optional.of(appendix), 0, deliveries);
    }

    public LoginAttempt withoutAddress() {
        return new LoginAttempt(ipWindow, captcha, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    public LoginAttempt ipOnly() {
        return new LoginAttempt(ipWindow, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }
}
