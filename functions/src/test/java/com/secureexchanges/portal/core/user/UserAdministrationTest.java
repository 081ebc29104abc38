package com.secureexchanges.portal.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC U1, U3, U5, U6: an administrator's view of the account's users. A subclass runs it on DynamoDB Local. */
class UserAdministrationTest {

    final CoreFixture f = fixture();
    final Caller admin;

    CoreFixture fixture() {
        return new CoreFixture();
    }

    UserAdministrationTest() {
        f.portal.stores().domains().approve(CoreFixture.ACCOUNT, "one.test", f.clock.instant());
        admin = f.caller(f.signIn("admin@account-1.test"));
    }

    private static NewUser person(String email, Role role) {
        return new NewUser(new EmailAddress(email), Profile.of("Pat", "Person", Language.FR), role, Optional.empty());
    }

    @Test
    void adding_needsAnApprovedOrPublicDomain_andWelcomesTheUser() {
        User pat = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        assertEquals(CoreFixture.ACCOUNT, pat.accountId());
        f.portal.userAdministration().add(admin, person("pat@gmail.com", Role.STANDARD));
        Unprocessable refused = assertThrows(Unprocessable.class,
                () -> f.portal.userAdministration().add(admin, person("pat@elsewhere.test", Role.STANDARD)));
        assertEquals("domain_not_approved", refused.id());
        var welcome = f.mail.sent().getLast();
        assertEquals("pat@gmail.com", welcome.to().value());
        assertEquals("Vous avez été ajouté à Secure Exchanges", welcome.subject(), "no administrator's text in it");
        assertTrue(welcome.text().contains("« Account One »"), welcome.text());
        assertFalse(welcome.text().contains("#t="), "no sign-in link in a welcome email");
        StoredEventView added = new StoredEventView(f.eventsOf(pat).getFirst());
        assertEquals("user.added", added.type());
        assertEquals(admin.user().id(), added.actor());
        assertEquals("standard", added.details().get("role"));
        f.clock.advance(Duration.ofMinutes(1));
        f.signIn("pat@one.test");
        assertEquals(List.of("user.added", "login.requested", "login.link_sent", "login.succeeded"),
                f.eventTypesOf(pat), "the new user signs in like anyone");
    }

    @Test
    void anAddressUsedAnywhere_isTaken_withNothingMoreSaid() {
        f.portal.stores().accounts().create(new Account("account-2", "Two", f.clock.instant(), true),
                new User("two-admin", "account-2", new EmailAddress("boss@gmail.com"), Profile.of("B", "Two",
                        Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
        Conflict taken = assertThrows(Conflict.class,
                () -> f.portal.userAdministration().add(admin, person("boss@gmail.com", Role.STANDARD)));
        assertEquals("email_taken", taken.id());
        assertThrows(NotFound.class, () -> f.portal.userAdministration().get(admin, "two-admin"),
                "another account's user is not found");
    }

    @Test
    void editing_recordsBeforeAndAfter_andRoleChangesApart() {
        User pat = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        User edited = f.portal.userAdministration().edit(admin, pat.id(), new UserEdit(Optional.of("Patricia"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Role.ADMINISTRATOR)));
        assertEquals("Patricia", edited.profile().firstName());
        assertEquals("Person", edited.profile().lastName(), "what is not given stays");
        assertEquals(Role.ADMINISTRATOR, f.reload(pat).role());
        List<String> types = f.eventTypesOf(pat);
        assertEquals(List.of("user.added", "user.edited", "role.changed"), types);
        var role = new StoredEventView(f.eventsOf(pat).getLast());
        assertEquals("standard", role.details().get("role.before"));
        assertEquals("administrator", role.details().get("role.after"));
    }

    @Test
    void theLastActiveAdministrator_cannotBeDemotedNorSuspended() {
        String id = admin.user().id();
        UserEdit demote = new UserEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Role.STANDARD));
        assertEquals("last_administrator", assertThrows(Conflict.class,
                () -> f.portal.userAdministration().edit(admin, id, demote)).id());
        assertEquals("last_administrator", assertThrows(Conflict.class,
                () -> f.portal.userLifecycle().suspend(admin, id)).id());
        User second = f.portal.userAdministration().add(admin, person("second@one.test", Role.ADMINISTRATOR));
        f.portal.userAdministration().edit(admin, id, demote);
        assertEquals(Role.STANDARD, f.reload(admin.user()).role(), "with another administrator, it works");
        assertEquals("last_administrator", assertThrows(Conflict.class,
                () -> f.portal.userLifecycle().suspend(admin, second.id())).id(), "demoted: read from storage");
    }

    @Test
    void suspending_endsSessionsAndSignIn_reactivatingGivesThemBack() {
        User pat = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        String session = f.signIn("pat@one.test");
        f.portal.userLifecycle().suspend(admin, pat.id());
        assertThrows(RuntimeException.class, () -> f.caller(session));
        int mails = f.mail.sent().size();
        f.clock.advance(Duration.ofMinutes(1));
        f.requestLink("pat@one.test");
        assertEquals(mails, f.mail.sent().size(), "a suspended user gets no link");
        assertTrue(f.eventTypesOf(pat).contains("user.suspended"));
        f.portal.userLifecycle().reactivate(admin, pat.id());
        f.clock.advance(Duration.ofMinutes(1));
        f.caller(f.signIn("pat@one.test"));
        assertTrue(f.eventTypesOf(pat).contains("user.reactivated"));
    }

    @Test
    void signingOutEverywhere_endsEverySessionOfTheUser() {
        User pat = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        String one = f.signIn("pat@one.test");
        f.clock.advance(Duration.ofMinutes(1));
        String two = f.signIn("pat@one.test");
        assertEquals(2, f.portal.userLifecycle().signOutEverywhere(admin, pat.id()));
        assertThrows(RuntimeException.class, () -> f.caller(one));
        assertThrows(RuntimeException.class, () -> f.caller(two));
        assertEquals("all", new StoredEventView(f.eventsOf(pat).getLast()).details().get("scope"));
    }

    @Test
    void theList_isPagedSortedAndSearchable() {
        for (int i = 0; i < 7; i++) {
            f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("u" + i + "@one.test"),
                    Profile.of("First" + i, "Zed" + (6 - i), Language.EN), Role.STANDARD, Optional.empty()));
        }
        UserPolicy small = new UserPolicy(UserPolicy.PUBLIC_DOMAINS, 3);
        var users = f.portal.stores().users();
        List<String> byName = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            UserPage page = users.page(CoreFixture.ACCOUNT, new UserQuery(Optional.empty(), UserQuery.Sort.NAME,
                    cursor, small.pageSize()));
            page.users().forEach(u -> byName.add(u.profile().lastName()));
            cursor = page.cursor();
        } while (cursor.isPresent());
        assertEquals(List.of("Admin", "Zed0", "Zed1", "Zed2", "Zed3", "Zed4", "Zed5", "Zed6"), byName);
        UserPage found = users.page(CoreFixture.ACCOUNT, new UserQuery(Optional.of("FIRST3"), UserQuery.Sort.EMAIL,
                Optional.empty(), 3));
        assertEquals(List.of("u3@one.test"), found.users().stream().map(u -> u.email().value()).toList());
        assertTrue(users.page("account-2", new UserQuery(Optional.empty(), UserQuery.Sort.NAME, Optional.empty(), 3))
                .users().isEmpty(), "another account lists its own users only");
    }

    @Test
    void deleting_freesTheAddress_keepsAVerifiableLog_andLeavesNoPersonalData() {
        User pat = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        String session = f.signIn("pat@one.test");
        f.portal.userLifecycle().delete(admin, pat.id());
        assertThrows(RuntimeException.class, () -> f.caller(session), "sessions end");
        assertThrows(NotFound.class, () -> f.portal.userAdministration().get(admin, pat.id()));
        User kept = f.users.find(pat.key()).orElseThrow();
        assertTrue(kept.deleted() && !kept.active());
        assertEquals("", kept.profile().firstName());
        assertTrue(kept.email().value().endsWith("@" + User.DELETED_DOMAIN));
        var chain = f.eventsOf(kept);
        assertEquals("user.deleted", chain.getLast().event().type().id());
        for (var e : chain) {
            assertEquals("-", e.event().ip(), "no address left in " + e.event().type().id());
            assertTrue(e.event().details().isEmpty() && e.salt().isEmpty());
        }
        assertTrue(com.secureexchanges.portal.core.audit.Verification.of(chain, kept.journal(), f.clock.instant(),
                Duration.ofDays(400)).valid(), "the chain still verifies");
        assertEquals(chain.size(), f.portal.eventLog().of(admin, pat.id(), java.time.Instant.EPOCH,
                f.clock.instant(), Optional.empty()).events().size(), "administrators can still read the log");
        f.portal.userLifecycle().delete(admin, pat.id());
        User again = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        assertTrue(!again.id().equals(pat.id()), "the address is free again, for a new person");
        assertTrue(f.portal.userAdministration().list(admin, Optional.of("pat@"), UserQuery.Sort.NAME,
                Optional.empty()).users().stream().allMatch(u -> u.id().equals(again.id())), "the deleted one is "
                + "not listed");
    }

    @Test
    void theLastActiveAdministrator_cannotBeDeleted() {
        assertEquals("last_administrator", assertThrows(Conflict.class,
                () -> f.portal.userLifecycle().delete(admin, admin.user().id())).id());
        f.clock.advance(Duration.ofMinutes(1));
        f.caller(f.signIn("admin@account-1.test"));
    }

    /** A stolen administrator session (older than 10 minutes) cannot make, unmake or delete anyone. */
    @Test
    void takingTheAccountOver_needsARecentLogin_andEveryoneConcernedIsTold() {
        User pat = f.portal.userAdministration().add(admin, person("pat@one.test", Role.STANDARD));
        f.clock.advance(Duration.ofMinutes(11));
        Caller stale = admin;
        var refused = assertThrows(com.secureexchanges.portal.core.error.Forbidden.class,
                () -> f.portal.userAdministration().add(stale, person("thief@gmail.com", Role.ADMINISTRATOR)));
        assertEquals("reauthentication_required", refused.id());
        assertThrows(com.secureexchanges.portal.core.error.Forbidden.class, () -> f.portal.userAdministration()
                .edit(stale, pat.id(), new UserEdit(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(Role.ADMINISTRATOR))));
        assertThrows(com.secureexchanges.portal.core.error.Forbidden.class,
                () -> f.portal.userLifecycle().delete(stale, pat.id()));
        assertEquals("reauthentication_required", f.eventsOf(pat).getLast().event().reason().orElseThrow(),
                "the attempt is in the log of the person it aimed at");
        assertEquals(Role.STANDARD, f.reload(pat).role());
        f.portal.userAdministration().edit(stale, pat.id(), new UserEdit(Optional.of("Patty"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        f.clock.advance(Duration.ofMinutes(1));
        Caller fresh = f.caller(f.signIn("admin@account-1.test"));
        int before = f.mail.sent().size();
        f.portal.userAdministration().edit(fresh, pat.id(), new UserEdit(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Role.ADMINISTRATOR)));
        var notice = f.mail.sent().subList(before, f.mail.sent().size());
        assertEquals(List.of("pat@one.test"), notice.stream().map(m -> m.to().value()).toList(),
                "the person is told (the actor, the only other administrator, is not)");
        assertTrue(notice.getFirst().text().contains("Alan Admin (admin@account-1.test)"), notice.getFirst().text());
        before = f.mail.sent().size();
        f.portal.userLifecycle().suspend(fresh, pat.id());
        assertEquals(List.of("pat@one.test"), f.mail.sent().subList(before, f.mail.sent().size()).stream()
                .map(m -> m.to().value()).toList());
    }

    /** A deleted user's old link cannot write into their log, nor into the log of the address's next owner. */
    @Test
    void aDeletedUsersPendingLink_touchesNeitherTheirLogNorTheNextOwners() {
        User x = f.portal.userAdministration().add(admin, person("x@gmail.com", Role.STANDARD));
        String binding = f.requestLink("x@gmail.com");
        String token = f.mail.lastToken();
        f.portal.userLifecycle().delete(admin, x.id());
        User y = f.portal.userAdministration().add(admin, person("x@gmail.com", Role.STANDARD));
        for (int i = 0; i < 3; i++) {
            f.portal.userAdministration().edit(admin, y.id(), new UserEdit(Optional.of("Y" + i), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        int xEvents = f.eventsOf(x).size();
        assertThrows(com.secureexchanges.portal.core.error.LinkInvalid.class,
                () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
        assertEquals(xEvents, f.eventsOf(x).size(), "nothing more in the deleted user's log");
        User keptX = f.users.find(x.key()).orElseThrow();
        assertTrue(f.portal.eventLog().verify(admin, x.id()).valid());
        f.clock.advance(Duration.ofMinutes(1));
        f.caller(f.signIn("x@gmail.com"));
        assertEquals("login.succeeded", f.eventTypesOf(y).getLast(), "the new owner signs in: " + keptX.id());
    }

    /** What a test reads of a stored event. */
    private record StoredEventView(String type, String actor, java.util.Map<String, String> details) {
        StoredEventView(com.secureexchanges.portal.core.audit.StoredEvent e) {
            this(e.event().type().id(), e.event().actor(), e.event().details());
        }
    }
}
