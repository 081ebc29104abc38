package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.audit.Journal;
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

    private static final int ATTEMPTS = 4;

    private final UserDirectory users;
    private final Journal journal;

    public ProfileService(UserDirectory users, Journal journal) {
        this.users = users;
        this.journal = journal;
    }

    /**
     * Saves the personal information and, while 2FA is off, the (unverified) mobile number. With 2FA on
     * the number changes only by proving the new one, so a stolen session cannot redirect the codes.
     */
    public User update(Caller caller, Profile profile, Optional<PhoneNumber> mobile) {
        User user = caller.user();
        for (int attempt = 1; ; attempt++) {
            List<Event> events = new ArrayList<>();
            User after = changed(caller, user, profile, mobile, events);
            if (events.isEmpty()) {
                return user;
            }
            Appendix appendix = journal.prepare(user.chain(), user.journal(), events);
            try {
                if (!users.update(user, after, appendix)) {
                    throw Conflict.concurrentChange();
                }
                return after.withJournal(appendix.next());
            } catch (HeadMoved moved) {
                // Someone else changed this user first: what "before" means is read again.
                user = users.find(user.key()).orElseThrow(Conflict::concurrentChange);
                if (attempt >= ATTEMPTS) {
                    throw Conflict.concurrentChange();
                }
            }
        }
    }

    /** The user after the change, and its events (none when nothing changes). */
    private static User changed(Caller caller, User user, Profile profile, Optional<PhoneNumber> mobile,
                                List<Event> events) {
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
            changed = changed.withSecurity(new Security(mobile, false, false, 0));
            events.add(caller.event(EventType.MOBILE_CHANGED, user)
                    .with("mobile.before", security.mobile().map(PhoneNumber::masked).orElse(""))
                    .with("mobile.after", mobile.map(PhoneNumber::masked).orElse("")));
        }
        return changed;
    }

    /** The fields that differ, as {@code field.before} and {@code field.after}. */
    private static Map<String, String> differences(Profile before, Profile after) {
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
