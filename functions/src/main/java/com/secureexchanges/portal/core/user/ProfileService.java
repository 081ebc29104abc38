package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The signed-in user's own profile (SPEC S3); every change is an event with its before and after values. */
public final class ProfileService {

    private final UserChanges changes;

    public ProfileService(UserChanges changes) {
        this.changes = changes;
    }

    /**
     * Saves the personal information and, while 2FA is off, the (unverified) mobile number. With 2FA on
     * the number changes only by proving the new one, so a stolen session cannot redirect the codes.
     */
    public User update(Caller caller, Profile profile, Optional<PhoneNumber> mobile) {
        return changes.apply(caller.user(), user -> changed(caller, user, profile, mobile))
                .orElseThrow(Conflict::concurrentChange);
    }

    /** The user after the change, and its events (none when nothing changes). */
    private static UserChanges.Change changed(Caller caller, User user, Profile profile, Optional<PhoneNumber> mobile) {
        List<Event> events = new ArrayList<>();
        User changed = user.withProfile(profile);
        Security security = user.security();
        Map<String, String> differences = differences(user.profile(), profile);
        if (!differences.isEmpty()) {
            events.add(caller.event(EventType.PROFILE_CHANGED, user).with(differences));
        }
        if (!mobile.equals(security.mobile())) {
            if (security.twoFactor()) {
                throw new Forbidden(ErrorId.MOBILE_LOCKED);
            }
            changed = changed.withSecurity(changed.security().with(mobile, false, false));
            events.add(caller.event(EventType.MOBILE_CHANGED, user)
                    .with("mobile.before", security.mobile().map(PhoneNumber::masked).orElse(""))
                    .with("mobile.after", mobile.map(PhoneNumber::masked).orElse("")));
        }
        return new UserChanges.Change(changed, events);
    }

    /** The fields that differ, as {@code field.before} and {@code field.after}. */
    static Map<String, String> differences(Profile before, Profile after) {
        Map<String, String> out = new LinkedHashMap<>();
        diff(out, "firstName", before.firstName(), after.firstName());
        diff(out, "lastName", before.lastName(), after.lastName());
        diff(out, "language", before.language().code(), after.language().code());
        diff(out, "timeZone", before.timeZone(), after.timeZone());
        diff(out, "dateCulture", before.dateCulture(), after.dateCulture());
        return out;
    }

    private static void diff(Map<String, String> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.put(field + ".before", before);
            out.put(field + ".after", after);
        }
    }
}
