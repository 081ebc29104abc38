package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.twofactor.Challenge;

/** What a redeemed link gives: a session, or (2FA) an SMS challenge whose send is counted for the number. */
public sealed interface Grant {

    record SessionGrant(Session session) implements Grant {
    }

    record ChallengeGrant(Challenge challenge, RateWindow numberWindow) implements Grant {
    }
}
