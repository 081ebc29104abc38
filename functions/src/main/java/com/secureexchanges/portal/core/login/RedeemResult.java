package com.secureexchanges.portal.core.login;

import java.util.Optional;

/**
 * A redeemed link: where the browser goes next and the cookie it now holds, the session's for
 * {@link Next#PORTAL} and {@link Next#TWO_FACTOR_SETUP}, the SMS challenge's for {@link Next#TWO_FACTOR};
 * for the latter also the masked number the code went to ({@code "+1••••••0123"}), so that the page can say it.
 */
public record RedeemResult(Next next, String cookieValue, Optional<String> sentTo) {

    public RedeemResult(Next next, String cookieValue) {
        this(next, cookieValue, Optional.empty());
    }

    /** The page after a successful redeem. */
    public enum Next {
        PORTAL,
        TWO_FACTOR,
        /** An administrator requires 2FA and the user has none yet: the session reaches only the setup. */
        TWO_FACTOR_SETUP
    }

    @Override
    public String toString() {
        return "RedeemResult[" + next + "]";
    }
}
