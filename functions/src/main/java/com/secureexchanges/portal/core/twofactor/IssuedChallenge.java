package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.ratelimit.RateWindow;

/**
 * A login challenge about to be stored: the browser's cookie value, the record, the SMS to send once
 * it is stored, and the number's SMS window to count it in.
 */
public record IssuedChallenge(String cookieValue, Challenge challenge, OutgoingSms sms, RateWindow numberWindow) {

    @Override
    public String toString() {
        return "IssuedChallenge[user=" + challenge.userId() + "]";
    }
}
