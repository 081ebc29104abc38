package com.secureexchanges.portal.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SPEC M2: an administrator requires or turns off a user's 2FA and changes their number; a user whose
 * 2FA is required sets it up right after the sign-in link. A subclass runs it on DynamoDB Local.
 */
class AdminTwoFactorTest {

    static final PhoneNumber GIVEN = new PhoneNumber("+15145550111");
    static final PhoneNumber OTHER = new PhoneNumber("+15145550122");

    final CoreFixture f = fixture();
    final Caller admin;
    final User pat;

    CoreFixture fixture() {
        return new CoreFixture();
    }

    AdminTwoFactorTest() {
        admin = f.caller(f.signIn("admin@account-1.test"));
        pat = f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("pat@gmail.com"),
                Profile.of("Pat", "Person", Language.EN), Role.STANDARD, Optional.empty()));
    }

    private UserEdit edit(Optional<Boolean> required, boolean off, Optional<Optional<PhoneNumber>> mobile) {
        return new UserEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), required, off, mobile);
    }

    private User require(Caller by, String userId) {
        return f.portal.userAdministration().edit(by, userId, edit(Optional.of(true), false, Optional.empty()));
    }

    private RedeemResult redeem(String email) {
        f.clock.advance(Duration.ofMinutes(2));
        String binding = f.requestLink(email);
        return f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
    }

    /** Pat with 2FA on, proven on {@code number}. */
    private Caller withTwoFactor(PhoneNumber number) {
        Caller caller = signIn("pat@gmail.com");
        f.secondFactor.enable(caller, number);
        f.secondFactor.confirm(caller, f.sms.lastCode());
        return caller;
    }

    /** A sign-in past the spacing of sign-in emails. */
    private Caller signIn(String email) {
        f.clock.advance(Duration.ofMinutes(2));
        return f.caller(f.signIn(email));
    }

    private List<StoredEvent> events(String type) {
        return f.eventsOf(f.reload(pat)).stream().filter(e -> e.event().type().id().equals(type)).toList();
    }

    @Test
    void aRequiredSecondFactor_isSetUpRightAfterTheLink_thenAskedAtEverySignIn() {
        User required = require(admin, pat.id());
        assertTrue(required.security().required());
        StoredEvent recorded = events("user.edited").getLast();
        assertEquals("false", recorded.event().details().get("twoFactorRequired.before"));
        assertEquals("true", recorded.event().details().get("twoFactorRequired.after"));
        assertEquals(admin.user().id(), recorded.event().actor());

        RedeemResult setup = redeem("pat@gmail.com");
        assertEquals(RedeemResult.Next.TWO_FACTOR_SETUP, setup.next());
        Caller during = f.caller(setup.cookieValue());
        assertTrue(during.user().security().mustSetUp());
        assertEquals(SecondFactorSettings.Enable.CODE_SENT, f.secondFactor.enable(during, OTHER).status());
        assertEquals(OTHER, f.sms.sent().getLast().to());
        f.secondFactor.confirm(during, f.sms.lastCode());
        assertFalse(f.reload(pat).security().mustSetUp());

        assertEquals(RedeemResult.Next.TWO_FACTOR, redeem("pat@gmail.com").next(), "from now on, a code each time");
    }

    @Test
    void theNumberAnAdministratorGave_isTheOneToProve() {
        f.portal.userAdministration().edit(admin, pat.id(), edit(Optional.of(true), false,
                Optional.of(Optional.of(GIVEN))));
        Caller during = f.caller(redeem("pat@gmail.com").cookieValue());
        Forbidden other = assertThrows(Forbidden.class, () -> f.secondFactor.enable(during, OTHER));
        assertEquals("mobile_set_by_administrator", other.id());
        f.secondFactor.enable(during, GIVEN);
        assertEquals(GIVEN, f.sms.sent().getLast().to());
        StoredEvent changed = events("mobile.changed").getFirst();
        assertEquals("", changed.event().details().get("mobile.before"));
        assertEquals(GIVEN.masked(), changed.event().details().get("mobile.after"));
    }

    @Test
    void aRequiredSecondFactor_cannotBeTurnedOffByTheUser_butTheRequirementCanBeLifted() {
        Caller caller = withTwoFactor(OTHER);
        require(admin, pat.id());
        Caller fresh = signIn("pat@gmail.com");
        assertEquals("two_factor_required", assertThrows(Forbidden.class, () -> f.secondFactor.disable(fresh)).id());
        assertTrue(f.reload(pat).security().twoFactor());
        User lifted = f.portal.userAdministration().edit(admin, pat.id(), edit(Optional.of(false), false,
                Optional.empty()));
        assertFalse(lifted.security().required());
        assertTrue(lifted.security().twoFactor(), "lifting the requirement leaves the user's own 2FA on");
        assertFalse(f.reload(caller.user()).security().required());
    }

    @Test
    void turningOffSomeonesTwoFactor_needsARecentLogin_andTellsThem() {
        withTwoFactor(OTHER);
        f.clock.advance(Duration.ofMinutes(11));
        Caller stale = new Caller(admin.session(), admin.user(), admin.account(), admin.client());
        Forbidden refused = assertThrows(Forbidden.class, () -> f.portal.userAdministration().edit(stale, pat.id(),
                edit(Optional.empty(), true, Optional.empty())));
        assertEquals("reauthentication_required", refused.id());
        assertTrue(f.reload(pat).security().twoFactor());

        Caller fresh = signIn("admin@account-1.test");
        int mails = f.mail.sent().size();
        User off = f.portal.userAdministration().edit(fresh, pat.id(), edit(Optional.empty(), true, Optional.empty()));
        assertFalse(off.security().twoFactor());
        assertEquals(Optional.of(OTHER), off.security().verifiedMobile(), "the proven number stays");
        assertEquals(RedeemResult.Next.PORTAL, redeem("pat@gmail.com").next());
        assertEquals("true", events("twofactor.disabled").getLast().event().details().get("twoFactor.before"));
        assertTrue(f.mail.sent().subList(mails, f.mail.sent().size()).stream()
                .anyMatch(m -> m.to().value().equals("pat@gmail.com")
                        && m.text().contains("changed the two-factor authentication of Pat Person")
                        && m.text().contains("two-factor authentication turned off")), "Pat is told");
    }

    @Test
    void replacingAProvenNumber_keepsTheSecondFactorDemanded_onTheNewNumber() {
        withTwoFactor(OTHER);
        Caller fresh = signIn("admin@account-1.test");
        User changed = f.portal.userAdministration().edit(fresh, pat.id(), edit(Optional.empty(), false,
                Optional.of(Optional.of(GIVEN))));
        assertEquals(Optional.of(GIVEN), changed.security().mobile());
        assertFalse(changed.security().verified());
        assertTrue(changed.security().mustSetUp(), "the new number is proven before the portal");
        RedeemResult next = redeem("pat@gmail.com");
        assertEquals(RedeemResult.Next.TWO_FACTOR_SETUP, next.next());
        assertTrue(f.mail.sent().stream().anyMatch(m -> m.to().value().equals("pat@gmail.com")
                && m.text().contains("mobile number: " + GIVEN.masked() + ", to be confirmed at the next sign-in")));
        Caller during = f.caller(next.cookieValue());
        f.secondFactor.enable(during, GIVEN);
        f.secondFactor.confirm(during, f.sms.lastCode());
        assertFalse(f.reload(pat).security().required(), "the proof was due once; nothing was required for ever");
        assertFalse(f.secondFactor.disable(during).security().twoFactor(), "Pat may still turn it off");
    }

    /** Review of the change, findings 5 and 9: every change of someone's second factor needs a recent login. */
    @Test
    void aStaleAdministratorSession_cannotChangeAnyonesSecondFactor() {
        f.clock.advance(Duration.ofMinutes(11));
        Caller stale = new Caller(admin.session(), admin.user(), admin.account(), admin.client());
        for (UserEdit change : List.of(edit(Optional.of(true), false, Optional.empty()),
                edit(Optional.empty(), false, Optional.of(Optional.of(GIVEN))))) {
            Forbidden refused = assertThrows(Forbidden.class,
                    () -> f.portal.userAdministration().edit(stale, pat.id(), change));
            assertEquals("reauthentication_required", refused.id());
        }
        assertEquals(Security.NONE.mobile(), f.reload(pat).security().mobile());
        assertFalse(f.reload(pat).security().required());
    }

    /** Review of the change, finding 3: a link-only setup session proves the phone, even a number proven before. */
    @Test
    void aSetupSession_provesThePhoneItself_evenForANumberProvenBefore_andCannotPickAnother() {
        withTwoFactor(OTHER);
        Caller fresh = signIn("admin@account-1.test");
        f.portal.userAdministration().edit(fresh, pat.id(), edit(Optional.of(true), true, Optional.empty()));
        Caller during = f.caller(redeem("pat@gmail.com").cookieValue());
        assertEquals("mobile_set_by_administrator",
                assertThrows(Forbidden.class, () -> f.secondFactor.enable(during, GIVEN)).id());
        int texts = f.sms.sent().size();
        assertEquals(SecondFactorSettings.Enable.CODE_SENT, f.secondFactor.enable(during, OTHER).status());
        assertEquals(texts + 1, f.sms.sent().size(), "a code, not a switch turned on");
    }

    /** Review of the change, finding 10: a number the user typed themselves is not pinned. */
    @Test
    void aNumberTheUserTypedThemselves_isNotPinned() {
        Caller caller = signIn("pat@gmail.com");
        f.profiles.update(caller, caller.user().profile(), Optional.of(OTHER));
        require(signIn("admin@account-1.test"), pat.id());
        Caller during = f.caller(redeem("pat@gmail.com").cookieValue());
        assertEquals(SecondFactorSettings.Enable.CODE_SENT, f.secondFactor.enable(during, GIVEN).status());
    }

    @Test
    void aStandardUser_cannotChangeAnothersSecondFactor() {
        f.addUser("std@gmail.com");
        Caller standard = f.caller(f.signIn("std@gmail.com"));
        assertThrows(Forbidden.class, () -> require(standard, pat.id()));
        assertFalse(f.reload(pat).security().required());
    }
}
