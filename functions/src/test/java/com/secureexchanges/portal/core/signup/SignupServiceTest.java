package com.secureexchanges.portal.core.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC A2, the request: every rule of the sign-in request, and the right email for each address. */
class SignupServiceTest {

    private static final String NEW = "founder@newco.test";

    final CoreFixture f = fixture();

    CoreFixture fixture() {
        return new CoreFixture();
    }

    private String ask(String email) {
        return ask(email, Optional.empty(), CoreFixture.BROWSER);
    }

    private String ask(String email, Optional<String> cookie, ClientInfo client) {
        CoreFixture.Solved c = f.captcha();
        return f.portal.signup().request(new SignupRequest(EmailAddress.parse(email), "NewCo Inc.", "advanced", 5,
                c.id(), c.answer()), cookie, client);
    }

    private List<OutgoingEmail> mailTo(String email) {
        return f.mail.sent().stream().filter(m -> m.to().value().equals(email)).toList();
    }

    @Test
    void aNewAddress_getsASameBrowserLinkToConfirm_keptOnlyAsAKeyedHash() {
        String binding = ask(NEW);
        OutgoingEmail email = mailTo(NEW).getFirst();
        assertTrue(email.sensitive(), "the link's mail goes out untracked");
        assertTrue(email.text().contains(CoreFixture.SITE + "/signup/confirm#t="), email.text());
        assertTrue(email.text().contains("“NewCo Inc.”"));
        String token = f.mail.lastToken();
        PendingSignup pending = f.portal.stores().signups().find(f.hasher.hash("signup", token)).orElseThrow();
        assertEquals("advanced", pending.plan());
        assertEquals(5, pending.quantity());
        assertEquals("NewCo Inc.", pending.organization());
        assertTrue(f.hasher.matches("binding", binding, pending.bindingHash()));
        assertEquals(f.clock.instant().plus(Duration.ofMinutes(15)), pending.expiresAt());
    }

    @Test
    void anAddressThatHasAUser_isToldToLogIn_andNoSignUpIsPending() {
        f.addUser("ada@example.com");
        ask("ada@example.com");
        OutgoingEmail email = mailTo("ada@example.com").getFirst();
        assertTrue(email.text().contains("already has an account"), email.text());
        assertFalse(email.text().contains("#t="), "no link");
        assertTrue(f.portal.stores().signups().find(f.hasher.hash("signup", f.tokens.lastToken())).isEmpty(),
                "nothing pending");
    }

    @Test
    void anAddressOnAnotherAccountsDomain_isToldToAskItsAdministrators_whoAreTold_aFewTimesAnHour() {
        f.portal.stores().domains().approve(CoreFixture.ACCOUNT, "account-1.test", f.clock.instant());
        for (int i = 0; i < 5; i++) {
            ask("colleague" + i + "@account-1.test");
        }
        OutgoingEmail toAsker = mailTo("colleague0@account-1.test").getFirst();
        assertTrue(toAsker.text().contains("Ask your organisation's"), toAsker.text());
        assertFalse(toAsker.text().contains("#t="));
        List<OutgoingEmail> notices = mailTo("admin@account-1.test");
        assertEquals(SignupService.NOTICES_PER_HOUR, notices.size(), "rate-limited per account");
        assertTrue(notices.getFirst().text().contains("colleague0@account-1.test"));
    }

    @Test
    void aDomainOwnerWithManyAdministrators_hasTheFirstTwentyTold_andTheRequestStillWorks() {
        for (int i = 0; i < 110; i++) {
            f.users.create(new User("admin-x" + i, CoreFixture.ACCOUNT, new EmailAddress("admin" + i + "@account-1.test"),
                    Profile.of("Admin", String.format("N%03d", i), Language.EN), Role.ADMINISTRATOR, true,
                    Security.NONE));
        }
        f.portal.stores().domains().approve(CoreFixture.ACCOUNT, "account-1.test", f.clock.instant());
        ask("colleague@account-1.test");
        assertEquals(1, mailTo("colleague@account-1.test").size(), "the asker is told to ask");
        long told = f.mail.sent().stream().filter(m -> m.text().contains("colleague@account-1.test")
                && !m.to().value().equals("colleague@account-1.test")).count();
        assertEquals(SignupService.ADMINISTRATORS_TOLD, told, "in one transaction: a bounded number");
    }

    @Test
    void aWrongCaptcha_sendsNothing_andStillAnswersWithAFreshBinding() {
        CoreFixture.Solved c = f.captcha();
        String wrong = c.answer().equals("000000") ? "111111" : "000000";
        String first = f.portal.signup().request(new SignupRequest(EmailAddress.parse(NEW), "NewCo", "eco", 1, c.id(),
                wrong), Optional.empty(), CoreFixture.BROWSER);
        String second = ask("someone@else.test");
        assertNotEquals(first, second);
        assertEquals(List.of(), mailTo(NEW));
    }

    @Test
    void signUpAndSignIn_shareTheAddressesBudget() {
        f.addUser("ada@example.com");
        for (int i = 0; i < 5; i++) {
            f.requestLink("ada@example.com");
        }
        int before = f.mail.sent().size();
        ask("ada@example.com");
        assertEquals(before, f.mail.sent().size(), "the network's five emails an hour are used up");
    }

    @Test
    void malformedInput_isRefusedBeforeAnythingIsRecorded() {
        assertThrows(InvalidInput.class, () -> new SignupRequest(EmailAddress.parse(NEW), "NewCo", "eco", 0, "c", "1"));
        assertThrows(InvalidInput.class, () -> new SignupRequest(EmailAddress.parse(NEW), "NewCo", "eco", 1001, "c",
                "1"));
        assertThrows(InvalidInput.class, () -> new SignupRequest(EmailAddress.parse(NEW), "  ", "eco", 1, "c", "1"));
        assertThrows(InvalidInput.class, () -> new SignupRequest(EmailAddress.parse(NEW), "New\u0007Co", "eco", 1, "c",
                "1"));
        CoreFixture.Solved c = f.captcha();
        assertThrows(InvalidInput.class, () -> f.portal.signup().request(new SignupRequest(EmailAddress.parse(NEW),
                "NewCo", "platinum", 1, c.id(), c.answer()), Optional.empty(), CoreFixture.BROWSER));
        f.portal.signup().request(new SignupRequest(EmailAddress.parse(NEW), "NewCo", "eco", 1, c.id(), c.answer()),
                Optional.empty(), CoreFixture.BROWSER);
        assertEquals(1, mailTo(NEW).size(), "an unknown plan did not use up the captcha");
    }
}
