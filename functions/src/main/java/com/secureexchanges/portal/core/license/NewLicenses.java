package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.user.User;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A licence given to someone (SPEC A5: assigned, changed, transferred to them; U1, U2: a user added or imported
 * with a plan; A2: the first administrator): the licence with its fresh id, the event that records it, and the
 * email that tells the user. Thread-safe.
 */
public final class NewLicenses {

    private final Plans plans;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final Mailroom mailroom;
    private final LicenseEmails emails;

    public NewLicenses(Plans plans, TokenGenerator tokens, Clock clock, Mailroom mailroom, LicenseEmails emails) {
        this.plans = plans;
        this.tokens = tokens;
        this.clock = clock;
        this.mailroom = mailroom;
        this.emails = emails;
    }

    /** The plan {@code id}; {@code 400 unknown_plan} when the catalogue has none. */
    public Plan plan(String id) {
        return plans.require(id);
    }

    public Plans plans() {
        return plans;
    }

    /** A new licence of {@code plan}, held from now (to the second). */
    public HeldLicense of(Plan plan) {
        return new HeldLicense(tokens.id(), plan.id(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The same licence, held by someone else from now (a transfer). */
    public HeldLicense received(HeldLicense held) {
        return new HeldLicense(held.id(), held.plan(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code user}, holding a new licence of {@code plan}. */
    public User holding(User user, Plan plan) {
        return user.withLicense(Optional.of(of(plan)));
    }

    /** The event of {@code user} receiving the licence they hold now, caused by {@code admin}. */
    public Event assigned(Caller admin, User user) {
        HeldLicense held = user.license().orElseThrow();
        return admin.event(EventType.LICENSE_ASSIGNED, user).with("license", held.id()).with("plan", held.plan());
    }

    /**
     * The email to write with a change from {@code before} to {@code after}: the one that tells them of
     * the licence they hold now, when it is not the one they held; nothing otherwise.
     */
    public List<Delivery> told(User before, User after) {
        boolean changed = !after.license().map(HeldLicense::plan).equals(before.license().map(HeldLicense::plan));
        return changed ? assignedEmail(after).map(mailroom::wrap).stream().toList() : List.of();
    }

    /** The email that tells the user a licence is theirs now; empty when they hold none. */
    public Optional<OutgoingEmail> assignedEmail(User user) {
        return user.license().flatMap(held -> plans.find(held.plan())).map(plan -> emails.assigned(user, plan));
    }
}
