package com.secureexchanges.portal.core.port;

/**
 * Delivers an already-rendered SMS. Thread-safe. Implementations must not log the text (it holds a
 * code) nor the full number. Callers only ever pass a number the recipient has proven (SPEC M4),
 * or, while a number is being proven, that number itself.
 */
public interface SmsSender {

    /** Sends, or throws {@link DeliveryFailed}. */
    void send(OutgoingSms sms);
}
