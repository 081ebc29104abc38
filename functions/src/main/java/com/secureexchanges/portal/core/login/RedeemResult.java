package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.session.NewSession;

/** A redeemed link: where the browser goes next and the session it now holds. */
public record RedeemResult(Next next, NewSession session) {

    /** The page after a successful redeem. */
    public enum Next { PORTAL }
}
