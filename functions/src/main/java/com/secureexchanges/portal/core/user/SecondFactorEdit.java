package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How an administrator's change of a user's second factor is judged and recorded (SPEC M2, E1). */
final class SecondFactorEdit {

    private SecondFactorEdit() {
    }

    /**
     * Whether the change weakens the user's sign-in, and how: 2FA turned off, or the proven number
     * replaced or removed (whoever holds the new one could receive the codes once it is proven).
     */
    static Optional<AdminNotices.Change> weakening(Security before, Security after) {
        if (before.verifiedMobile().isPresent() && !after.mobile().equals(before.mobile())) {
            return Optional.of(AdminNotices.Change.MOBILE_REPLACED);
        }
        if (before.twoFactor() && !after.twoFactor()) {
            return Optional.of(AdminNotices.Change.TWO_FACTOR_TURNED_OFF);
        }
        return Optional.empty();
    }

    /** The events of the change, with before and after (numbers masked). */
    static List<Event> events(Caller admin, User subject, Security after) {
        Security before = subject.security();
        List<Event> events = new ArrayList<>();
        if (before.required() != after.required()) {
            events.add(admin.event(EventType.USER_EDITED, subject)
                    .with("twoFactorRequired.before", Boolean.toString(before.required()))
                    .with("twoFactorRequired.after", Boolean.toString(after.required())));
        }
        if (!before.mobile().equals(after.mobile())) {
            events.add(admin.event(EventType.MOBILE_CHANGED, subject)
                    .with("mobile.before", before.mobile().map(PhoneNumber::masked).orElse(""))
                    .with("mobile.after", after.mobile().map(PhoneNumber::masked).orElse("")));
        }
        if (before.twoFactor() && !after.twoFactor()) {
            events.add(admin.event(EventType.TWOFACTOR_DISABLED, subject).with("twoFactor.before", "true")
                    .with("twoFactor.after", "false"));
        }
        return events;
    }
}
