package com.secureexchanges.portal.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SPEC E1: every decision the portal makes about a person is an event in their chain, written with the
 * decision; the chain verifies afterwards. A subclass runs the same over DynamoDB Local.
 */
class EventsRecordedTest {

    final CoreFixture f = fixture();

    CoreFixture fixture() {
        return new CoreFixture();
    }

    private List<String> types(User user) {
        return f.eventTypesOf(user);
    }

    private StoredEvent last(User user) {
        return f.eventsOf(user).getLast();
    }

    private void assertChainHolds(User user) {
        Verification v = Verification.of(f.events.chain(user.key()), f.reload(user).journal(), f.clock.instant(),
                Duration.ofDays(400));
        assertTrue(v.valid(), "chain of " + user.email() + ": " + v);
    }

    @Test
    void aSignIn_recordsTheRequest_theLink_andTheSuccess_withWhoWhenAndWhence() {
        User ada = f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        assertEquals(List.of("login.requested", "login.link_sent"), types(ada));
        StoredEvent requested = f.eventsOf(ada).getFirst();
        assertEquals(Event.ANONYMOUS, requested.event().actor(), "nobody is signed in yet");
        assertEquals(ada.id(), requested.event().subject());
        assertEquals(CoreFixture.BROWSER.ip(), requested.event().ip());
        assertEquals("Chrome on Linux", requested.event().browser());
        assertEquals("req-1", requested.event().requestId());

        f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        assertEquals("login.succeeded", types(ada).getLast());
        assertEquals(ada.id(), last(ada).event().actor());
        assertChainHolds(ada);
    }

    @Test
    void aWrongCaptcha_orAnUnknownAddress_recordsNothing() {
        User ada = f.addUser("ada@example.com");
        CoreFixture.Solved c = f.captcha();
        f.login.requestLink(new LoginRequest(EmailAddress.parse("ada@example.com"), c.id(),
                c.answer().equals("000000") ? "111111" : "000000"), CoreFixture.BROWSER);
        f.requestLink("nobody@example.com");
        assertEquals(List.of(), types(ada), "a stranger cannot write into a journal without solving a captcha");
    }

    @Test
    void refusedRequests_areRecordedWithTheirReason() {
        User ada = f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        f.requestLink("ada@example.com", Optional.of(binding), CoreFixture.BROWSER);
        assertEquals("mail_limit", last(ada).event().reason().orElseThrow(), "within 30 s: no second email");
        assertEquals(Outcome.FAILURE, last(ada).event().outcome());
    }

    @Test
    void error2_isRecorded_butAtMostThreeTimesPerLink() {
        User ada = f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        String token = f.mail.lastToken();
        for (int i = 0; i < 6; i++) {
            assertThrows(BrowserMismatch.class, () -> f.redemption.redeem(token, Optional.empty(), CoreFixture.BROWSER));
        }
        assertEquals(3, types(ada).stream().filter("login.denied"::equals).count(), "whoever holds a link cannot "
                + "fill its owner's journal");
        assertEquals("browser_mismatch", last(ada).event().reason().orElseThrow());
        f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER);
        assertEquals("login.succeeded", types(ada).getLast(), "and the link still works for its owner");
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
        assertChainHolds(ada);
    }

    @Test
    void expiredAndUsedLinks_areRecordedDenials() {
        User ada = f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        String token = f.mail.lastToken();
        f.clock.advance(Duration.ofMinutes(16));
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
        assertEquals("expired", last(ada).event().reason().orElseThrow());
        String again = f.requestLink("ada@example.com");
        String fresh = f.mail.lastToken();
        f.redemption.redeem(fresh, Optional.of(again), CoreFixture.BROWSER);
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(fresh, Optional.of(again), CoreFixture.BROWSER));
        assertEquals("used", last(ada).event().reason().orElseThrow());
        assertChainHolds(ada);
    }

    @Test
    void theSmsStep_recordsCodesGuessesAndTheLock() {
        User grace = f.addTwoFactorUser("grace@example.com", "+15145550123");
        String binding = f.requestLink("grace@example.com");
        String challenge = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER)
                .cookieValue();
        assertEquals("twofactor.code_sent", types(grace).getLast());
        assertEquals(new PhoneNumber("+15145550123").masked(), last(grace).event().details().get("to"), "masked");
        String wrong = f.sms.lastCode().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThrows(CodeRejected.class, () -> f.twoFactor.verifyLogin(Optional.of(challenge), wrong,
                    CoreFixture.BROWSER));
        }
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.verifyLogin(Optional.of(challenge), wrong,
                CoreFixture.BROWSER));
        assertEquals(5, types(grace).stream().filter("twofactor.failed"::equals).count());
        assertEquals("twofactor.locked", types(grace).getLast());
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.verifyLogin(Optional.of(challenge), wrong,
                CoreFixture.BROWSER));
        assertEquals("twofactor.locked", types(grace).getLast(), "a dead challenge writes nothing more");

        f.clock.advance(Duration.ofMinutes(1));
        f.signIn("grace@example.com");
        assertEquals(List.of("twofactor.code_sent", "twofactor.verified", "login.succeeded"),
                types(grace).subList(types(grace).size() - 3, types(grace).size()));
        assertChainHolds(grace);
    }

    @Test
    void profileChanges_carryBeforeAndAfter_andSignOutsAreRecorded() {
        User ada = f.addUser("ada@example.com");
        String other = f.signIn("ada@example.com");
        f.clock.advance(Duration.ofMinutes(1));
        String session = f.signIn("ada@example.com");
        Caller caller = f.caller(session);
        f.profiles.update(caller, new Profile("Augusta", "Lovelace", Language.FR, "Europe/London", "en-GB"),
                Optional.empty());
        StoredEvent changed = last(ada);
        assertEquals("profile.changed", changed.event().type().id());
        assertEquals("Ada", changed.event().details().get("firstName.before"));
        assertEquals("Augusta", changed.event().details().get("firstName.after"));
        assertEquals("fr", changed.event().details().get("language.after"));
        assertTrue(!changed.event().details().containsKey("lastName.before"), "only what changed");

        assertEquals(1, f.sessionControl.revokeOthers(f.caller(session)));
        assertEquals("session.revoked", types(ada).getLast());
        assertEquals("1", last(ada).event().details().get("sessions"));
        f.sessionControl.logout(f.caller(session));
        assertEquals("logout", types(ada).getLast());
        assertEquals(0, f.sessionCount(), "both sessions are gone");
        assertThrows(RuntimeException.class, () -> f.caller(other));
        assertChainHolds(ada);
    }
}
