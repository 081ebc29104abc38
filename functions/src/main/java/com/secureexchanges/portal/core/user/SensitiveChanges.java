package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Changes that could take an account over (making or unmaking administrators, suspending or
 * reactivating one, deleting anyone) need a login of the last few minutes, as turning 2FA off does: a
 * stolen administrator session alone cannot make them. A refusal is an event in the log of the user it
 * was aimed at.
 */
public final class SensitiveChanges {

    private final Journal journal;
    private final Clock clock;
    private final Duration recentLogin;

    public SensitiveChanges(Journal journal, Clock clock, Duration recentLogin) {
        this.journal = journal;
        this.clock = clock;
        this.recentLogin = recentLogin;
    }

    /** Whether the caller logged in recently enough to make such changes. */
    public boolean recent(Caller admin) {
        return !admin.session().createdAt().isBefore(clock.instant().minus(recentLogin));
    }

    /** @throws Forbidden {@code reauthentication_required} when the caller's login is older than allowed */
    public void require(Caller admin, User target, EventType type) {
        if (recent(admin)) {
            return;
        }
        try {
            journal.recordAlone(target.chain(), target.journal(), List.of(admin.event(type, target)
                    .failed(ErrorId.REAUTHENTICATION_REQUIRED.id())));
        } catch (Conflict chainKeptMoving) {
            // The refusal stands without its event.
        }
        throw new Forbidden(ErrorId.REAUTHENTICATION_REQUIRED);
    }
}
