package com.secureexchanges.portal.core.port;

import com.secureexchanges.portal.core.model.PhoneNumber;

/** A rendered SMS. Its text holds a one-time code: senders must never log it. */
public record OutgoingSms(PhoneNumber to, String text) implements OutgoingMessage {

    @Override
    public String toString() {
        return "OutgoingSms[to=" + to.masked() + "]";
    }
}
