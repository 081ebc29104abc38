package com.secureexchanges.portal.core.port;

/**
 * Delivers an already-rendered email. Thread-safe. Implementations must not log the subject or
 * body (they may contain a single-use sign-in link) nor the full address.
 */
public interface MailSender {

    /** Sends, or throws {@link DeliveryFailed}: a failure must not leave the caller believing the mail went out. */
    void send(OutgoingEmail email);
}
