package com.secureexchanges.portal.core.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderStatus;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC A2, "Confirm and pay": the account, its administrator, the order and the pool, in one write, once. */
class SignupConfirmationTest {

    private static final String FOUNDER = "founder@newco.test";

    final CoreFixture f = fixture();

    CoreFixture fixture() {
        return new CoreFixture();
    }

    /** A sign-up link for 5 Advanced licences; returns the browser's binding cookie (the token is the mail's). */
    private String askFor(String email) {
        CoreFixture.Solved c = f.captcha();
        return f.portal.signup().request(new SignupRequest(EmailAddress.parse(email), "NewCo Inc.", "advanced", 5,
                c.id(), c.answer()), Optional.empty(), CoreFixture.BROWSER);
    }

    private SignupConfirmation confirmation() {
        return f.portal.signupConfirmation();
    }

    @Test
    void theReview_showsTheOrder_andChangesNothing() {
        String binding = askFor(FOUNDER);
        String token = f.mail.lastToken();
        for (int i = 0; i < 2; i++) {
            SignupConfirmation.Review review = confirmation().review(token, Optional.of(binding));
            assertEquals("NewCo Inc.", review.signup().organization());
            assertEquals("advanced", review.plan().id());
            assertEquals(5, review.signup().quantity());
            assertEquals(new Money(5 * 2500, "CAD"), review.monthlyTotal());
        }
    }

    @Test
    void confirming_opensTheAccount_withItsAdministratorSignedIn_holdingALicence() {
        String binding = askFor(FOUNDER);
        SignupConfirmation.Opened opened = confirmation().confirm(f.mail.lastToken(), Optional.of(binding),
                CoreFixture.BROWSER);
        Caller caller = f.caller(opened.sessionCookie());
        assertEquals(opened.accountId(), caller.account().id());
        assertEquals("NewCo Inc.", caller.account().name());
        assertEquals(Role.ADMINISTRATOR, caller.user().role());
        assertEquals(FOUNDER, caller.user().email().value());
        assertEquals("advanced", caller.user().license().orElseThrow().plan());
        var seats = caller.account().billing().seats("advanced");
        assertEquals(5, seats.total());
        assertEquals(1, seats.assigned());
        List<Order> orders = f.portal.purchasing().orders(caller, Optional.empty()).orders();
        assertEquals(1, orders.size());
        assertEquals(OrderStatus.AWAITING_PAYMENT, orders.getFirst().status());
        assertEquals(new Money(5 * 2500, "CAD"), orders.getFirst().total(), "a whole first month");
        assertEquals(List.of("account.created", "license.purchased", "license.assigned", "login.succeeded"),
                f.eventTypesOf(caller.user()));
    }

    @Test
    void anotherBrowser_getsError2_andTheLinkStillWorksInTheRightOne() {
        String binding = askFor(FOUNDER);
        String token = f.mail.lastToken();
        assertThrows(BrowserMismatch.class, () -> confirmation().confirm(token, Optional.empty(), CoreFixture.BROWSER));
        assertThrows(BrowserMismatch.class, () -> confirmation().review(token, Optional.of("x".repeat(43))));
        confirmation().confirm(token, Optional.of(binding), CoreFixture.BROWSER);
        assertThrows(BrowserMismatch.class, () -> confirmation().review(token, Optional.empty()),
                "without the binding, a used link still says only Error 2");
    }

    @Test
    void aLinkOpensOneAccount_once_andNotAfter15Minutes() {
        String binding = askFor(FOUNDER);
        String token = f.mail.lastToken();
        confirmation().confirm(token, Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(LinkInvalid.Reason.USED, assertThrows(LinkInvalid.class,
                () -> confirmation().confirm(token, Optional.of(binding), CoreFixture.BROWSER)).reason());

        String late = askFor("other@later.test");
        String lateToken = f.mail.lastToken();
        f.clock.advance(Duration.ofMinutes(15));
        assertEquals(LinkInvalid.Reason.EXPIRED, assertThrows(LinkInvalid.class,
                () -> confirmation().review(lateToken, Optional.of(late))).reason());
        assertThrows(LinkInvalid.class, () -> confirmation().review("A".repeat(43), Optional.of(late)));
        assertThrows(LinkInvalid.class, () -> confirmation().review("not a token", Optional.of(late)));
    }

    @Test
    void anAddressThatBecameAUser_orADomainThatBecameAnAccounts_opensNothing() {
        String binding = askFor("ada@example.com");
        String token = f.mail.lastToken();
        f.addUser("ada@example.com");
        Conflict taken = assertThrows(Conflict.class,
                () -> confirmation().confirm(token, Optional.of(binding), CoreFixture.BROWSER));
        assertEquals(ErrorId.EMAIL_TAKEN.id(), taken.id());

        String binding2 = askFor("someone@acquired.test");
        String token2 = f.mail.lastToken();
        f.portal.stores().domains().approve(CoreFixture.ACCOUNT, "acquired.test", f.clock.instant());
        Conflict domain = assertThrows(Conflict.class,
                () -> confirmation().confirm(token2, Optional.of(binding2), CoreFixture.BROWSER));
        assertEquals(ErrorId.DOMAIN_TAKEN.id(), domain.id());
        assertEquals(0, f.sessionCount(), "no session was opened");
    }
}
