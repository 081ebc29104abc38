package com.secureexchanges.portal.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionCut;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryStores;
import com.secureexchanges.portal.wiring.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an attacker's review of the event log found, each replayed here and now failing to succeed. */
class ReviewFindingsTest {

    /** A stranger solving captchas can record at most a few refusals an hour in someone's journal. */
    @Test
    void aStrangersRequests_writeOnlyAFewEventsAnHour() {
        CoreFixture f = new CoreFixture();
        User ada = f.addUser("ada@example.com");
        for (int i = 0; i < 20; i++) {
            f.requestLink("ada@example.com");
            f.clock.advance(Duration.ofSeconds(1));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.addAll(List.of("login.requested", "login.link_sent"));
        }
        expected.addAll(List.of("login.requested", "login.requested", "login.requested"));
        assertEquals(expected, f.eventTypesOf(ada), "the network's five links, then three refusals, then nothing");
        f.clock.advance(Duration.ofHours(1));
        f.requestLink("ada@example.com");
        assertEquals(15, f.eventTypesOf(ada).size(), "a new hour, a new budget");
    }

    /** Signing out works even when the journal cannot take the event (the chain keeps moving). */
    @Test
    void signingOut_alwaysEndsTheSession() {
        InMemoryStores memory = new InMemoryStores();
        SessionStore busy = new SessionStore() {
            public Optional<Session> touch(String idHash, Instant now, Instant idleCutoff) {
                return memory.sessions.touch(idHash, now, idleCutoff);
            }

            public void create(Session session) {
                memory.sessions.create(session);
            }

            public void delete(String idHash) {
                memory.sessions.delete(idHash);
            }

            public List<Session> listByUser(UserKey user) {
                return memory.sessions.listByUser(user);
            }

            public void cut(UserKey user, SessionCut cut) {
                memory.sessions.cut(user, cut);
            }

            public void revoke(UserKey user, Optional<SessionCut> cut, List<Session> sessions, Appendix journal) {
                throw new HeadMoved(journal.expected());
            }
        };
        Stores stores = memory.stores();
        CoreFixture f = new CoreFixture(new Stores(stores.login(), busy, stores.challenges(), stores.completion(),
                stores.users(), stores.accounts(), stores.events(), stores.limiter(), stores.domains(),
                stores.imports(), stores.licenses(), stores.orders(), stores.quotes(), stores.signups(),
                stores.deliveries(), stores.deliveryFeed()), LoginPolicy.DEFAULT,
                memory.sessions::size);
        f.addUser("ada@example.com");
        String session = f.signIn("ada@example.com");
        f.sessionControl.logout(f.caller(session));
        assertThrows(RuntimeException.class, () -> f.caller(session), "the session is over");
    }

    /** A change decided from a stale read is decided again: nothing someone else wrote is put back. */
    @Test
    void aChangeThatLostARace_isDecidedAgain_fromTheStoredUser() {
        CoreFixture f = new CoreFixture();
        f.addTwoFactorUser("grace@example.com", "+15145550123");
        String session = f.signIn("grace@example.com");
        Caller stale = f.caller(session);
        f.profiles.update(f.caller(session), new Profile("Zed", "Hopper", Language.FR, "America/Toronto", "fr-CA"),
                Optional.of(new PhoneNumber("+15145550123")));
        User off = f.secondFactor.disable(stale);
        assertFalse(off.security().twoFactor());
        assertEquals("Zed", f.reload(off).profile().firstName(), "the other write stays");
        Verification v = Verification.of(f.eventsOf(off), f.reload(off).journal(), f.clock.instant(),
                Duration.ofDays(400));
        assertTrue(v.valid());
    }

    /** The same user id in another account is another person: its number confirmation is not theirs. */
    @Test
    void aNumberConfirmation_belongsToOneAccount() {
        CoreFixture f = new CoreFixture();
        f.portal.stores().accounts().create(new Account("account-2", "Two", f.clock.instant(), true),
                new User("shared-id", "account-2", new EmailAddress("bob@two.test"), Profile.of("Bob", "Two",
                        Language.EN), Role.STANDARD, true, Security.NONE));
        f.users.create(new User("shared-id", CoreFixture.ACCOUNT, new EmailAddress("ann@one.test"),
                Profile.of("Ann", "One", Language.EN), Role.STANDARD, true, Security.NONE));
        String ann = f.signIn("ann@one.test");
        f.clock.advance(Duration.ofSeconds(31));
        String bob = f.signIn("bob@two.test");
        f.secondFactor.enable(f.caller(ann), new PhoneNumber("+15145550123"));
        String code = f.sms.lastCode();
        assertThrows(ChallengeInvalid.class, () -> f.secondFactor.confirm(f.caller(bob), code));
        User annAfter = f.secondFactor.confirm(f.caller(ann), code);
        assertTrue(annAfter.security().twoFactor(), "Ann's confirmation was not touched");
        assertFalse(f.caller(bob).user().security().twoFactor());
    }
}
