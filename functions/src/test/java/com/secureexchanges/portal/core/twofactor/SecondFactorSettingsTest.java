package com.secureexchanges.portal.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.user.Me;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC M1 and M4: turning 2FA on and off, and where SMS may go. */
class SecondFactorSettingsTest {

    private static final PhoneNumber MINE = new PhoneNumber("+15145550123");
    private static final PhoneNumber NEW = new PhoneNumber("+15145550177");
    final CoreFixture f = fixture();

    /** The services under test; a subclass runs the same tests over the DynamoDB stores. */
    CoreFixture fixture() {
        return new CoreFixture();
    }

    private Session login(String email) {
        String binding = f.requestLink(email);
        RedeemResult r = f.login.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        String cookie = r.next() == RedeemResult.Next.PORTAL ? r.cookieValue()
                : f.twoFactor.verifyLogin(Optional.of(r.cookieValue()), f.sms.lastCode(), CoreFixture.BROWSER)
                        .cookieValue();
        return f.sessions.require(Optional.of(cookie));
    }

    @Test
    void enabling_provesTheNumberFirst_thenSignInAsksForACode() {
        User ada = f.addUser("ada@example.com");
        assertEquals(SecondFactorSettings.Enable.CODE_SENT, f.secondFactor.enable(ada, MINE));
        assertFalse(f.reload(ada).security().twoFactor(), "not on before the code is entered");
        assertEquals(MINE, f.sms.sent().getLast().to());
        User on = f.secondFactor.confirm(f.reload(ada), f.sms.lastCode());
        assertTrue(on.security().twoFactor());
        assertEquals(Optional.of(MINE), f.reload(ada).security().verifiedMobile());

        f.clock.advance(Duration.ofMinutes(1));
        String binding = f.requestLink("ada@example.com");
        assertEquals(RedeemResult.Next.TWO_FACTOR,
                f.login.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).next());
    }

    @Test
    void aWrongConfirmationCode_leavesTwoFactorOff() {
        User ada = f.addUser("ada@example.com");
        f.secondFactor.enable(ada, MINE);
        String wrong = f.sms.lastCode().equals("000000") ? "111111" : "000000";
        assertThrows(RuntimeException.class, () -> f.secondFactor.confirm(f.reload(ada), wrong));
        assertFalse(f.reload(ada).security().twoFactor());
    }

    @Test
    void turningOff_needsALoginOfTheLast10Minutes() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        Session session = login("grace@example.com");
        User grace = f.users.find(session.userId()).orElseThrow();
        f.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        Forbidden stale = assertThrows(Forbidden.class, () -> f.secondFactor.disable(grace, session));
        assertEquals("reauthentication_required", stale.id());
        assertTrue(f.reload(grace).security().twoFactor());

        Session fresh = login("grace@example.com");
        User off = f.secondFactor.disable(f.reload(grace), fresh);
        assertFalse(off.security().twoFactor());
        assertEquals(Optional.of(MINE), off.security().verifiedMobile(), "the number stays, verified");
    }

    @Test
    void changingTheNumberDuringASignIn_killsThatChallenge_andNoCodeGoesToTheOldNumberAfter() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        Session session = login("grace@example.com");
        f.clock.advance(Duration.ofMinutes(1));
        String binding = f.requestLink("grace@example.com");
        String pending = f.login.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).cookieValue();
        String oldCode = f.sms.lastCode();

        User grace = f.users.find(session.userId()).orElseThrow();
        f.secondFactor.enable(grace, NEW);
        f.secondFactor.confirm(f.reload(grace), f.sms.lastCode());
        int sent = f.sms.sent().size();

        f.clock.advance(Duration.ofSeconds(31));
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.resendLogin(Optional.of(pending)));
        assertThrows(ChallengeInvalid.class,
                () -> f.twoFactor.verifyLogin(Optional.of(pending), oldCode, CoreFixture.BROWSER));
        assertEquals(sent, f.sms.sent().size(), "nothing more was sent");

        f.clock.advance(Duration.ofMinutes(1));
        login("grace@example.com");
        assertEquals(NEW, f.sms.sent().getLast().to(), "the next sign-in texts the new number");
    }

    @Test
    void anUnverifiedNumber_isNeverTextedAtSignIn_evenIfAnotherAccountVerifiedIt() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        User mallory = f.addUser("mallory@example.com");
        Session session = login("mallory@example.com");
        new ProfileService(f.sessions, f.users).update(new Me(mallory, session), mallory.profile(), Optional.of(MINE));
        assertEquals(Optional.of(MINE), f.reload(mallory).security().mobile());
        assertFalse(f.reload(mallory).security().verified());
        int sent = f.sms.sent().size();

        f.clock.advance(Duration.ofMinutes(1));
        String binding = f.requestLink("mallory@example.com");
        assertEquals(RedeemResult.Next.PORTAL,
                f.login.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).next());
        assertEquals(sent, f.sms.sent().size());
    }

    @Test
    void withTwoFactorOn_theProfileCannotRedirectCodesToAnotherNumber() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        Session session = login("grace@example.com");
        User grace = f.users.find(session.userId()).orElseThrow();
        Forbidden e = assertThrows(Forbidden.class, () -> new ProfileService(f.sessions, f.users)
                .update(new Me(grace, session), grace.profile(), Optional.of(NEW)));
        assertEquals("mobile_locked", e.id());
        assertEquals(Optional.of(MINE), f.reload(grace).security().mobile());
        for (OutgoingSms sms : f.sms.sent()) {
            assertEquals(MINE, sms.to());
        }
    }

    @Test
    void numbers_needACountryCode_andMustTakeSms() {
        for (String bad : new String[] {"514 555 0123", "+1 514 CALL NOW", "+1 514", "+33 1 23 45 67 89", "",
            "+1 514 555 0123 ext 5"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> PhoneNumber.parse(bad), bad);
            assertEquals("invalid_mobile", e.id());
            assertTrue(e.getMessage().contains("+1 514 555 0123"));
        }
        assertEquals("+15145550123", PhoneNumber.parse(" +1 (514) 555-0123 ").value());
        assertEquals("+33612345678", PhoneNumber.parse("+33 6 12 34 56 78").value());
    }
}
