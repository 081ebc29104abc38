package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.license.NewLicenses;
import com.secureexchanges.portal.core.license.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users of an account, as its administrators see them (SPEC U1, U3): list, read, add, edit. Every
 * lookup is inside the administrator's account: another account's user is not found, exactly like
 * one that does not exist. Every change is an event in the user's log, with the values set or changed.
 */
public final class UserAdministration {

    private final UserDirectory users;
    private final NewUsers newUsers;
    private final UserChanges changes;
    private final Journal journal;
    private final UserPolicy policy;
    private final SensitiveChanges sensitive;
    private final AdminNotices notices;
    private final NewLicenses licenses;

    public UserAdministration(UserDirectory users, NewUsers newUsers, UserChanges changes, Journal journal,
                              UserPolicy policy, SensitiveChanges sensitive, AdminNotices notices,
                              NewLicenses licenses) {
        this.users = users;
        this.newUsers = newUsers;
        this.changes = changes;
        this.journal = journal;
        this.policy = policy;
        this.sensitive = sensitive;
        this.notices = notices;
        this.licenses = licenses;
    }

    /** A page of the account's users, by name or address, those matching {@code text} only. */
    public UserPage list(Caller admin, Optional<String> text, UserQuery.Sort sort, Optional<String> cursor) {
        admin.requireAdministrator();
        try {
            return users.page(admin.account().id(), new UserQuery(text.map(String::strip).filter(t -> !t.isEmpty()),
                    sort, cursor, policy.pageSize()));
        } catch (IllegalArgumentException notOurCursor) {
            throw new InvalidInput(ErrorId.INVALID_CURSOR);
        }
    }

    /** The user {@code userId} of the administrator's account (a deleted user is not found). */
    public User get(Caller admin, String userId) {
        User user = find(admin, userId);
        if (user.deleted()) {
            throw new NotFound();
        }
        return user;
    }

    /** The user {@code userId} of the administrator's account, deleted or not. */
    User find(Caller admin, String userId) {
        admin.requireAdministrator();
        if (!UserKey.isId(userId)) {
            throw new NotFound();
        }
        return users.find(new UserKey(admin.account().id(), userId)).orElseThrow(NotFound::new);
    }

    /**
     * Adds a user to the administrator's account and emails them how to log in; with a plan, they hold a free
     * licence of it from the start (and are told so).
     *
     * @throws InvalidInput  {@code unknown_plan}
     * @throws Unprocessable {@code domain_not_approved} unless the address's domain is approved by this
     *                       account or is a public mail domain
     * @throws Conflict      {@code email_taken} when any user anywhere has the address (nothing more is said);
     *                       {@code no_license_available} when no licence of the plan is free (nothing written)
     */
    public User add(Caller admin, NewUser input) {
        admin.requireAdministrator();
        Optional<Plan> plan = input.plan().map(licenses::plan);
        if (!newUsers.domainAllowed(admin.account().id(), input.email().domain())) {
            throw new Unprocessable(ErrorId.DOMAIN_NOT_APPROVED);
        }
        if (input.role() == Role.ADMINISTRATOR) {
            sensitive.require(admin, admin.user(), EventType.USER_ADDED);
        }
        User created = newUsers.user(admin.account().id(), input);
        User user = plan.map(p -> licenses.holding(created, p)).orElse(created);
        List<Event> events = new ArrayList<>(List.of(admin.event(EventType.USER_ADDED, user)
                .with(NewUsers.values(user))));
        plan.ifPresent(p -> events.add(licenses.assigned(admin, user)));
        Appendix appendix = journal.prepare(user.chain(), ChainHead.GENESIS, events)
                .sending(newUsers.welcome(user, admin.account().name(), licenses.assignedEmail(user)));
        if (!users.create(user, appendix)) {
            throw new Conflict(ErrorId.EMAIL_TAKEN);
        }
        if (user.administrator()) {
            notices.tell(admin, user, AdminNotices.Change.ADDED_AS_ADMINISTRATOR);
        }
        return user.withJournal(appendix.next());
    }

    /**
     * Changes what the administrator gave of the user's names, language, time zone, date format, role and
     * second factor (SPEC M2). Changes of the second factor and of the role need the administrator's
     * recent login, and the person and the other administrators are told.
     *
     * @throws Conflict {@code last_administrator} when it would demote the account's last active one
     */
    public User edit(Caller admin, String userId, UserEdit edit) {
        User start = get(admin, userId);
        boolean roleChanges = edit.role().filter(r -> r != start.role()).isPresent();
        if (roleChanges) {
            sensitive.require(admin, start, EventType.ROLE_CHANGED);
        }
        Security secondFactor = edit.applyTo(start.security());
        boolean secondFactorChanges = SecondFactorEdit.changes(start.security(), secondFactor);
        if (secondFactorChanges) {
            sensitive.require(admin, start, SecondFactorEdit.kind(start.security(), secondFactor));
        }
        User edited = changes.apply(start, stored -> {
            // What was checked (recent login, notices) was decided on what the administrator saw.
            if ((roleChanges && stored.role() != start.role())
                    || (secondFactorChanges && !stored.security().equals(start.security()))) {
                throw Conflict.concurrentChange();
            }
            return decide(admin, stored, edit);
        }).orElseThrow(Conflict::concurrentChange);
        if (secondFactorChanges) {
            notices.tell(admin, edited, AdminNotices.Change.SECOND_FACTOR_CHANGED,
                    SecondFactorEdit.described(start.security(), secondFactor));
        }
        if (roleChanges) {
            notices.tell(admin, edited, edited.administrator() ? AdminNotices.Change.MADE_ADMINISTRATOR
                    : AdminNotices.Change.ADMINISTRATOR_ROLE_REMOVED);
        }
        return edited;
    }

    /** The stored user after the edit, and the events that record it. */
    private static UserChanges.Change decide(Caller admin, User stored, UserEdit edit) {
        Profile profile = edit.applyTo(stored.profile());
        Role role = edit.role().orElse(stored.role());
        List<Event> events = new ArrayList<>();
        Map<String, String> differences = ProfileService.differences(stored.profile(), profile);
        if (!differences.isEmpty()) {
            events.add(admin.event(EventType.USER_EDITED, stored).with(differences));
        }
        if (role != stored.role()) {
            events.add(admin.event(EventType.ROLE_CHANGED, stored).with("role.before", stored.role().id())
                    .with("role.after", role.id()));
        }
        Security security = edit.applyTo(stored.security());
        events.addAll(SecondFactorEdit.events(admin, stored, security));
        User changed = stored.withProfile(profile).withRole(role);
        return new UserChanges.Change(security.equals(stored.security()) ? changed : changed.withSecurity(security),
                events);
    }
}
