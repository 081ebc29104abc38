package com.secureexchanges.portal.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC M1 and M4: turning 2FA on and off, and where SMS may go; every step is an event. */
class SecondFactorSettingsTest {

    private static final PhoneNumber MINE = new PhoneNumber("+15145550123");
    private static final PhoneNumber NEW = new PhoneNumber("+15145550177");
    final CoreFixture f = fixture();

    /** The services under test; a subclass runs the same tests over the DynamoDB stores. */
    CoreFixture fixture() {
        return new CoreFixture();
    }

    /** Signs in (with the SMS code when needed) and returns the caller of that session. */
    private Caller login(String email) {
        return f.caller(f.signIn(email));
    }

    @Test
    void enabling_provesTheNumberFirst_thenSignInAsksForACode() {
        f.addUser("ada@example.com");
        String session = f.signIn("ada@example.com");
        Caller ada = f.caller(session);
        assertEquals(SecondFactorSettings.Enable.CODE_SENT, f.secondFactor.enable(ada, MINE).status());
        assertFalse(f.reload(ada.user()).security().twoFactor(), "not on before the code is entered");
        assertEquals(MINE, f.sms.sent().getLast().to());
        User on = f.secondFactor.confirm(f.caller(session), f.sms.lastCode());
        assertTrue(on.security().twoFactor());
        assertEquals(Optional.of(MINE), f.reload(ada.user()).security().verifiedMobile());
        assertTrue(f.eventTypesOf(on).containsAll(List.of("twofactor.code_sent", "twofactor.verified",
                "twofactor.enabled", "mobile.changed")), f.eventTypesOf(on).toString());

        f.clock.advance(Duration.ofMinutes(1));
        String binding = f.requestLink("ada@example.com");
        assertEquals(RedeemResult.Next.TWO_FACTOR,
                f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).next());
    }

    private String lastCookie;

    @Test
    void aWrongConfirmationCode_leavesTwoFactorOff_andIsAnEvent() {
        f.addUser("ada@example.com");
        lastCookie = f.signIn("ada@example.com");
        f.secondFactor.enable(f.caller(lastCookie), MINE);
        String wrong = f.sms.lastCode().equals("000000") ? "111111" : "000000";
        assertThrows(RuntimeException.class, () -> f.secondFactor.confirm(f.caller(lastCookie), wrong));
        User ada = f.caller(lastCookie).user();
        assertFalse(ada.security().twoFactor());
        assertEquals("twofactor.failed", f.eventTypesOf(ada).getLast());
        assertEquals("code_invalid", f.eventsOf(ada).getLast().event().reason().orElseThrow());
    }

    @Test
    void turningOff_needsALoginOfTheLast10Minutes() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        String stale = f.signIn("grace@example.com");
        f.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        Forbidden refused = assertThrows(Forbidden.class, () -> f.secondFactor.disable(f.caller(stale)));
        assertEquals("reauthentication_required", refused.id());
        User grace = f.caller(stale).user();
        assertTrue(grace.security().twoFactor());
        assertEquals("reauthentication_required", f.eventsOf(grace).getLast().event().reason().orElseThrow(),
                "the refusal is an event");

        User off = f.secondFactor.disable(login("grace@example.com"));
        assertFalse(off.security().twoFactor());
        assertEquals(Optional.of(MINE), off.security().verifiedMobile(), "the number stays, verified");
        assertEquals("twofactor.disabled", f.eventTypesOf(off).getLast());
    }

    /**
     * Security review, finding 1: a stolen session of any age moved 2FA to the attacker's phone, unseen.
     * Now replacing a verified number needs a recent login, and both the email address and the old
     * number are told.
     */
    @Test
    void aStaleSession_cannotMoveTheCodesToAnotherPhone_andAReplacementIsAnnounced() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        String stolen = f.signIn("grace@example.com");
        f.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        int texts = f.sms.sent().size();
        Forbidden refused = assertThrows(Forbidden.class, () -> f.secondFactor.enable(f.caller(stolen), NEW));
        assertEquals("reauthentication_required", refused.id());
        assertEquals(texts, f.sms.sent().size(), "no code went to the attacker's phone");
        User grace = f.caller(stolen).user();
        assertEquals(Optional.of(MINE), grace.security().verifiedMobile());
        var refusal = f.eventsOf(grace).getLast().event();
        assertEquals("mobile.changed", refusal.type().id());
        assertEquals("reauthentication_required", refusal.reason().orElseThrow());

        Caller fresh = login("grace@example.com");
        f.secondFactor.enable(fresh, NEW);
        int mails = f.mail.sent().size();
        f.secondFactor.confirm(fresh, f.sms.lastCode());
        assertEquals(Optional.of(NEW), f.reload(grace).security().verifiedMobile());
        OutgoingSms toOld = f.sms.sent().getLast();
        assertEquals(MINE, toOld.to(), "the old number is told");
        assertTrue(toOld.text().contains(NEW.masked()), toOld.text());
        var email = f.mail.sent().get(mails);
        assertEquals("grace@example.com", email.to().value(), "so is the email address");
        assertTrue(email.text().contains(MINE.masked()) && email.text().contains(NEW.masked()), email.text());
    }

    @Test
    void changingTheNumberDuringASignIn_killsThatChallenge_andNoCodeGoesToTheOldNumberAfter() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        String session = f.signIn("grace@example.com");
        f.clock.advance(Duration.ofMinutes(1));
        String binding = f.requestLink("grace@example.com");
        String pending = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER)
                .cookieValue();
        String oldCode = f.sms.lastCode();

        f.secondFactor.enable(f.caller(session), NEW);
        f.secondFactor.confirm(f.caller(session), f.sms.lastCode());
        int sent = f.sms.sent().size();

        f.clock.advance(Duration.ofSeconds(31));
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.resendLogin(Optional.of(pending), CoreFixture.BROWSER));
        assertThrows(ChallengeInvalid.class,
                () -> f.twoFactor.verifyLogin(Optional.of(pending), oldCode, CoreFixture.BROWSER));
        assertEquals(sent, f.sms.sent().size(), "nothing more was sent");

        f.clock.advance(Duration.ofMinutes(1));
        f.signIn("grace@example.com");
        assertEquals(NEW, f.sms.sent().getLast().to(), "the next sign-in texts the new number");
    }

    @Test
    void anUnverifiedNumber_isNeverTextedAtSignIn_evenIfAnotherAccountVerifiedIt() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        f.addUser("mallory@example.com");
        Caller mallory = login("mallory@example.com");
        f.profiles.update(mallory, mallory.user().profile(), Optional.of(MINE));
        assertEquals(Optional.of(MINE), f.reload(mallory.user()).security().mobile());
        assertFalse(f.reload(mallory.user()).security().verified());
        int sent = f.sms.sent().size();

        f.clock.advance(Duration.ofMinutes(1));
        String binding = f.requestLink("mallory@example.com");
        assertEquals(RedeemResult.Next.PORTAL,
                f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).next());
        assertEquals(sent, f.sms.sent().size());
    }

    @Test
    void withTwoFactorOn_theProfileCannotRedirectCodesToAnotherNumber() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        Caller grace = login("grace@example.com");
        Forbidden e = assertThrows(Forbidden.class,
                () -> f.profiles.update(grace, grace.user().profile(), Optional.of(NEW)));
        assertEquals("mobile_locked", e.id());
        assertEquals(Optional.of(MINE), f.reload(grace.user()).security().mobile());
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

    /**
     * Security review, finding 3: nine accounts enrolling the victim's number used up its 10 SMS a day and
     * the victim's sign-in got sms_limit. Sign-in codes now have the user's own budget.
     */
    @Test
    void enrolmentsByOthers_cannotUseUpTheSignInCodesOfTheNumbersOwner() {
        f.addTwoFactorUser("grace@example.com", MINE.value());
        for (int i = 0; i < 10; i++) {
            f.addUser("other" + i + "@example.com");
            f.clock.advance(Duration.ofSeconds(31));
            f.secondFactor.enable(login("other" + i + "@example.com"), MINE);
        }
        f.clock.advance(Duration.ofSeconds(31));
        Caller eleventh = login(f.addUser("other10@example.com").email().value());
        assertEquals("sms_limit", assertThrows(RateLimited.class, () -> f.secondFactor.enable(eleventh, MINE)).id(),
                "enrolling the number is what others may use up");
        f.clock.advance(Duration.ofMinutes(1));
        int texts = f.sms.sent().size();
        String binding = f.requestLink("grace@example.com");
        assertEquals(RedeemResult.Next.TWO_FACTOR,
                f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).next());
        assertEquals(texts + 1, f.sms.sent().size());
        assertEquals(MINE, f.sms.sent().getLast().to(), "Grace still gets her sign-in code");
    }

    /** Security review, finding 4: one user cannot text number after number (SMS pumping). */
    @Test
    void oneUser_provesAFewNumbersADay_notThousands() {
        f.addUser("pump@example.com");
        Caller pump = login("pump@example.com");
        for (int i = 0; i < 5; i++) {
            f.clock.advance(Duration.ofSeconds(31));
            f.secondFactor.enable(pump, new PhoneNumber("+1514555" + (1000 + i)));
        }
        f.clock.advance(Duration.ofSeconds(31));
        int texts = f.sms.sent().size();
        assertEquals("enrolment_limit", assertThrows(RateLimited.class,
                () -> f.secondFactor.enable(pump, new PhoneNumber("+15145552000"))).id());
        assertEquals(texts, f.sms.sent().size());
        f.clock.advance(Duration.ofDays(1));
        f.secondFactor.enable(login("pump@example.com"), new PhoneNumber("+15145552000"));
    }

    /** Security review, finding 4: one account's users together have a daily cap too. */
    @Test
    void oneAccount_hasADailyCapOnEnrolmentsToo() {
        for (int i = 0; i < 30; i++) {
            f.addUser("u" + i + "@example.com");
            f.clock.advance(Duration.ofMinutes(1));
            f.secondFactor.enable(login("u" + i + "@example.com"), new PhoneNumber("+1514556" + (1000 + i)));
        }
        f.addUser("u30@example.com");
        Caller last = login("u30@example.com");
        assertEquals("enrolment_limit", assertThrows(RateLimited.class,
                () -> f.secondFactor.enable(last, new PhoneNumber("+15145567000"))).id());
    }

    /** Security review, finding 4: numbers only in the allowed countries; no satellite or premium ranges. */
    @Test
    void numbersOfCountriesNotAllowed_areNotTexted() {
        f.addUser("far@example.com");
        Caller far = login("far@example.com");
        int texts = f.sms.sent().size();
        for (String region : new String[] {"RU", "CN", "NG"}) {
            PhoneNumber number = example(region);
            Unprocessable refused = assertThrows(Unprocessable.class, () -> f.secondFactor.enable(far, number), region);
            assertEquals("sms_country_not_allowed", refused.id());
        }
        assertEquals(texts, f.sms.sent().size());
        assertEquals("001", new PhoneNumber("+881612345678").region(), "satellite ranges have no country");
        f.secondFactor.enable(far, example("GB"));
        assertEquals(texts + 1, f.sms.sent().size());
    }

    private static PhoneNumber example(String region) {
        var util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        return PhoneNumber.parse(util.format(util.getExampleNumberForType(region,
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.MOBILE),
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.E164));
    }
}
