package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserChanges;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Licence operations on users (SPEC A5): assign (or change to another plan), remove, transfer. Each is
 * decided on the user as stored, written with its event in the user's log in one conditional write, and
 * answers the pool as it is after it. The user who receives a licence is told by email.
 */
public final class LicenseAdministration {

    private static final int ATTEMPTS = 8;

    private final UserDirectory users;
    private final UserChanges changes;
    private final LicenseLedger ledger;
    private final Journal journal;
    private final Licensees licensees;
    private final NewLicenses licenses;

    public LicenseAdministration(UserDirectory users, UserChanges changes, LicenseLedger ledger, Journal journal,
                                 NewLicenses licenses) {
        this.users = users;
        this.changes = changes;
        this.ledger = ledger;
        this.journal = journal;
        this.licensees = new Licensees(users, journal);
        this.licenses = licenses;
    }

    /** A user after a licence operation, and the pool after it. */
    public record Changed(User user, Billing pool) {
    }

    /** The pool and the held licences with their holders ({@code GET /api/licenses}). */
    public record Overview(Billing pool, List<Holding> held) {
    }

    public Overview list(Caller admin) {
        admin.requireAdministrator();
        return new Overview(admin.account().billing(), ledger.held(admin.account().id()));
    }

    /**
     * Gives the user a free licence of {@code planId}, or moves them to one (their licence goes back to the
     * pool); holding one of that plan already changes nothing.
     *
     * @throws Conflict {@code no_license_available} when no licence of the plan is free
     */
    public Changed assign(Caller admin, String userId, String planId) {
        Plan plan = licenses.plan(planId);
        User start = licensees.find(admin, userId);
        AtomicReference<List<SeatChange>> moved = new AtomicReference<>(List.of());
        User after = changes.apply(start, stored -> {
            if (stored.license().filter(l -> l.plan().equals(plan.id())).isPresent()) {
                return new UserChanges.Change(stored, List.of());
            }
            User next = licenses.holding(stored, plan);
            return new UserChanges.Change(next, List.of(event(admin, stored, next)));
        }, (before, changed, appendix) -> write(before, changed, appendix.sending(licenses.told(before, changed)), moved))
                .orElseThrow(Conflict::concurrentChange);
        return new Changed(after, licensees.poolAfter(admin, moved.get()));
    }

    private Event event(Caller admin, User stored, User next) {
        if (stored.license().isEmpty()) {
            return licenses.assigned(admin, next);
        }
        HeldLicense old = stored.license().get();
        HeldLicense held = next.license().orElseThrow();
        return admin.event(EventType.LICENSE_MODIFIED, stored).with("license.before", old.id())
                .with("license.after", held.id()).with("plan.before", old.plan()).with("plan.after", held.plan());
    }

    private boolean write(User before, User after, Appendix appendix, AtomicReference<List<SeatChange>> moved) {
        Optional<LicenseLedger.Refusal> refusal = ledger.change(before, after, appendix);
        if (refusal.isEmpty()) {
            moved.set(SeatChange.between(before.license(), after.license()));
            return true;
        }
        if (refusal.get() == LicenseLedger.Refusal.NO_FREE_LICENSE) {
            Event attempt = appendix.events().getFirst().event();
            throw licensees.refused(before, attempt, new Conflict(ErrorId.NO_LICENSE_AVAILABLE));
        }
        return false;
    }

    /** Takes the user's licence back to the pool; a user without one is left as they are. */
    public Changed remove(Caller admin, String userId) {
        User start = licensees.find(admin, userId);
        AtomicReference<List<SeatChange>> moved = new AtomicReference<>(List.of());
        User after = changes.apply(start, stored -> stored.license().map(held -> new UserChanges.Change(
                stored.withLicense(Optional.empty()), List.of(admin.event(EventType.LICENSE_REMOVED, stored)
                .with("license", held.id()).with("plan", held.plan()))))
                .orElseGet(() -> new UserChanges.Change(stored, List.of())),
                (before, changed, appendix) -> write(before, changed, appendix, moved))
                .orElseThrow(Conflict::concurrentChange);
        return new Changed(after, licensees.poolAfter(admin, moved.get()));
    }

    /**
     * Moves the user's licence to {@code toUserId} of the same account, who holds none (SPEC A5); the pool does
     * not change. Both users' logs record it, in the same write.
     *
     * @throws Conflict {@code not_licensed} when the user holds no licence, {@code already_licensed} when the
     *                  other user holds one
     */
    public Changed transfer(Caller admin, String userId, String toUserId) {
        User from = licensees.find(admin, userId);
        if (from.license().isEmpty()) {
            throw new Conflict(ErrorId.NOT_LICENSED);
        }
        if (!UserKey.isId(toUserId)) {
            throw new NotFound();
        }
        User to = users.find(new UserKey(admin.account().id(), toUserId)).filter(u -> !u.deleted())
                .orElseThrow(NotFound::new);
        for (int attempt = 1; ; attempt++) {
            HeldLicense held = from.license().orElseThrow(() -> new Conflict(ErrorId.NOT_LICENSED));
            Event out = admin.event(EventType.LICENSE_TRANSFERRED, from).with("license", held.id())
                    .with("plan", held.plan()).with("from", from.id()).with("to", to.id());
            if (to.license().isPresent()) {
                throw licensees.refused(from, out, new Conflict(ErrorId.ALREADY_LICENSED));
            }
            User receiving = to.withLicense(Optional.of(licenses.received(held)));
            Appendix fromLog = journal.prepare(from.chain(), from.journal(), List.of(out));
            Appendix toLog = journal.prepare(to.chain(), to.journal(), List.of(admin.event(
                    EventType.LICENSE_TRANSFERRED, to).with(out.details()))).sending(licenses.told(to, receiving));
            try {
                Optional<LicenseLedger.Refusal> refusal = ledger.transfer(from, receiving, fromLog, toLog);
                if (refusal.isEmpty()) {
                    return new Changed(from.withLicense(Optional.empty()).withJournal(fromLog.next()),
                            admin.account().billing());
                }
            } catch (HeadMoved moved) {
                // Another write about one of them came first: decide again on both as stored.
            }
            if (attempt >= ATTEMPTS) {
                throw Conflict.concurrentChange();
            }
            from = licensees.reload(from);
            to = licensees.reload(to);
        }
    }
}
