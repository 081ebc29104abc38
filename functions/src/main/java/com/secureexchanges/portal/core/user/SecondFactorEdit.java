package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How an administrator's change of a user's second factor is recorded and announced (SPEC M2, E1).
 * Every such change (a requirement added or lifted, a number given or removed, 2FA turned off) can lock
 * a person out or weaken their sign-in, so each needs a recent login and is announced.
 */
final class SecondFactorEdit {

    private SecondFactorEdit() {
    }

    static boolean changes(Security before, Security after) {
        return before.required() != after.required() || !before.mobile().equals(after.mobile())
                || before.twoFactor() != after.twoFactor() || before.oversight().proofDue() != after.oversight().proofDue();
    }

    /** The event type a refusal of the change is recorded under. */
    static EventType kind(Security before, Security after) {
        if (!before.mobile().equals(after.mobile())) {
            return EventType.MOBILE_CHANGED;
        }
        return before.twoFactor() && !after.twoFactor() ? EventType.TWOFACTOR_DISABLED : EventType.USER_EDITED;
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

    /** What changed, in words, for the security notice ("2FA turned off; mobile number now +1 ••• 0123"). */
    static Function<Language, String> described(Security before, Security after) {
        return language -> {
            boolean fr = language == Language.FR;
            List<String> parts = new ArrayList<>();
            if (!before.required() && after.required()) {
                parts.add(fr ? "authentification à deux facteurs exigée" : "two-factor authentication required");
            }
            if (before.required() && !after.required()) {
                parts.add(fr ? "authentification à deux facteurs plus exigée"
                        : "two-factor authentication no longer required");
            }
            if (before.twoFactor() && !after.twoFactor()) {
                parts.add(fr ? "authentification à deux facteurs désactivée" : "two-factor authentication turned off");
            }
            if (!before.mobile().equals(after.mobile())) {
                String number = after.mobile().map(PhoneNumber::masked).orElse(fr ? "aucun" : "none");
                parts.add((fr ? "numéro de mobile : " : "mobile number: ") + number
                        + (after.mustSetUp() ? (fr ? ", à confirmer à la prochaine connexion"
                        : ", to be confirmed at the next sign-in") : ""));
            }
            return String.join("; ", parts);
        };
    }
}
