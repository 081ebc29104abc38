package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionService;
import java.util.Optional;

/** The signed-in user's own profile (SPEC S3). */
public final class ProfileService {

    private final SessionService sessions;
    private final UserDirectory users;

    public ProfileService(SessionService sessions, UserDirectory users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** The user of the live session named by the cookie. */
    public Me current(Optional<String> sessionCookie) {
        Session session = sessions.require(sessionCookie);
        User user = users.find(session.userId()).filter(User::active).orElseThrow(NotAuthenticated::new);
        return new Me(user, session);
    }

    /**
     * Saves the personal information and, while 2FA is off, the (unverified) mobile number. With 2FA on
     * the number changes only by proving the new one, so a stolen session cannot redirect the codes.
     */
    public User update(Me me, Profile profile, Optional<PhoneNumber> mobile) {
        User user = me.user();
        User changed = user.withProfile(profile);
        Security security = user.security();
        if (!mobile.equals(security.mobile())) {
            if (security.twoFactor()) {
                throw new Forbidden("mobile_locked", "Two-factor authentication is on: to use another number, "
                        + "enter it with \"Enable 2FA authentication\" ticked and confirm the code sent to it.");
            }
            changed = changed.withSecurity(new Security(mobile, false, false, 0));
        }
        if (!users.update(user, changed)) {
            throw new NotAuthenticated();
        }
        return changed;
    }
}
