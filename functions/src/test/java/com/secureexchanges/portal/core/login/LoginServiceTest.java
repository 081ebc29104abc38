package com.secureexchanges.portal.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryLoginStore;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

    private static final String ADA = "ada@example.com";
    private final CoreFixture f = new CoreFixture();

    @Test
    void requestLink_emailsALinkInTheUsersLanguage_withRequestDetails() {
        f.addUser(ADA);
        f.requestLink(ADA);
        OutgoingEmail email = f.mail.sent().getFirst();
        assertEquals(ADA, email.to().value());
        assertTrue(email.sensitive(), "sign-in mail must go out untracked");
        assertTrue(email.text().contains("Use Secure Exchanges online."));
        assertTrue(email.text().contains(CoreFixture.SITE + "/login/redeem#t="));
        assertTrue(email.text().contains("2026-01-05 10:00 UTC"));
        assertTrue(email.text().contains("Chrome on Linux"));
        assertTrue(email.html().contains(">Use Secure Exchanges online.</a>"));
    }

    @Test
    void requestLink_consumesTheCaptchaOnTheFirstAttempt_rightOrWrong() {
        f.addUser(ADA);
        CoreFixture.Solved c = f.captcha();
        String wrong = c.answer().equals("000000") ? "111111" : "000000";
        f.login.requestLink(new LoginRequest(EmailAddress.parse(ADA), c.id(), wrong), CoreFixture.BROWSER);
        f.login.requestLink(new LoginRequest(EmailAddress.parse(ADA), c.id(), c.answer()), CoreFixture.BROWSER);
        assertEquals(0, f.mail.sent().size(), "a used captcha never counts, even with the right answer");

        CoreFixture.Solved fresh = f.captcha();
        f.login.requestLink(new LoginRequest(EmailAddress.parse(ADA), fresh.id(), fresh.answer()), CoreFixture.BROWSER);
        f.login.requestLink(new LoginRequest(EmailAddress.parse(ADA), fresh.id(), fresh.answer()), CoreFixture.BROWSER);
        assertEquals(1, f.mail.sent().size(), "a right answer works once");
    }

    @Test
    void requestLink_sendsNothingForUnknownAddresses_butCountsThemTheSameWay() {
        f.requestLink("nobody@example.com");
        assertEquals(0, f.mail.sent().size());
        String key = f.hasher.hash("address", "nobody@example.com");
        assertTrue(((InMemoryLoginStore) f.loginStore).hasThrottle(key));
    }

    @Test
    void requestLink_optionallyTellsUnknownAddressesThereIsNoAccount() {
        LoginPolicy notify = LoginPolicy.DEFAULT.withNotifyUnknown(true);
        CoreFixture withNotice = new CoreFixture(notify);
        withNotice.requestLink("nobody@example.com");
        OutgoingEmail notice = withNotice.mail.sent().getFirst();
        assertTrue(notice.text().contains("no account uses this address"));
        assertTrue(!notice.text().contains("#t="), "no link in the notice");
    }

    @Test
    void requestLink_refusesThe21stRequestFromOneIp_withoutLookingAtTheAddress() {
        for (int i = 0; i < 20; i++) {
            f.login.requestLink(new LoginRequest(EmailAddress.parse("x" + i + "@example.com"), "bad", "000000"),
                    CoreFixture.BROWSER);
        }
        assertThrows(RateLimited.class, () -> f.login.requestLink(
                new LoginRequest(EmailAddress.parse("y@example.com"), "bad", "000000"), CoreFixture.BROWSER));
    }

    @Test
    void redeem_opensASession_inTheBrowserThatAsked() {
        User ada = f.addUser(ADA);
        String binding = f.requestLink(ADA);
        RedeemResult result = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(RedeemResult.Next.PORTAL, result.next());
        assertEquals(ada.id(), f.sessions.require(Optional.of(result.cookieValue())).userId());
    }

    @Test
    void redeem_refusesOtherBrowsers_withoutConsumingTheLink() {
        f.addUser(ADA);
        String binding = f.requestLink(ADA);
        String token = f.mail.lastToken();
        assertThrows(BrowserMismatch.class, () -> f.redemption.redeem(token, Optional.empty(), CoreFixture.BROWSER));
        assertThrows(BrowserMismatch.class,
                () -> f.redemption.redeem(token, Optional.of(f.tokens.token()), CoreFixture.BROWSER));
        f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(1, f.sessionCount(), "the link still worked in the right browser");
    }

    @Test
    void redeem_refusesAUsedLink() {
        f.addUser(ADA);
        String binding = f.requestLink(ADA);
        String token = f.mail.lastToken();
        f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER);
        LinkInvalid e = assertThrows(LinkInvalid.class,
                () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
        assertEquals(LinkInvalid.Reason.USED, e.reason());
    }

    @Test
    void redeem_worksUntil15Minutes_andNotOneSecondLater() {
        f.addUser(ADA);
        String binding = f.requestLink(ADA);
        String token = f.mail.lastToken();
        f.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        LinkInvalid e = assertThrows(LinkInvalid.class,
                () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER));
        assertEquals(LinkInvalid.Reason.EXPIRED, e.reason());

        f.clock.advance(Duration.ofMinutes(1));
        String binding2 = f.requestLink(ADA);
        String token2 = f.mail.lastToken();
        f.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        f.redemption.redeem(token2, Optional.of(binding2), CoreFixture.BROWSER);
    }

    @Test
    void redeem_refusesUnknownAndMalformedTokens() {
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(f.tokens.token(), Optional.empty(), CoreFixture.BROWSER));
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem("short", Optional.empty(), CoreFixture.BROWSER));
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(null, Optional.empty(), CoreFixture.BROWSER));
    }

    @Test
    void redeem_refusesALinkOfASuspendedUser() {
        User ada = f.addUser(ADA);
        String binding = f.requestLink(ADA);
        ((com.secureexchanges.portal.testing.InMemoryUserDirectory) f.users).replace(new User(ada.id(),
                ada.accountId(), ada.email(), ada.profile(), ada.role(), false, ada.security()));
        LinkInvalid e = assertThrows(LinkInvalid.class,
                () -> f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER));
        assertEquals(LinkInvalid.Reason.ACCOUNT_CHANGED, e.reason());
    }
}
