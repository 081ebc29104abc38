package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.RunningPortal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC M2 and U3 in real Chromium: in "Edit user" an administrator requires a user's two-factor authentication
 * and gives their number; the user's next sign-in lands on the setup page (keyboard only), which proves the
 * number on file and goes on to the portal, while any protected page opened meanwhile sends back to it; later
 * sign-ins ask for an SMS code; the administrator turns 2FA off after a fresh login, confirming it by the
 * person's name, then removes the number; a number an administrator gives in place of a proven one is proven
 * the same way. axe-clean in EN and FR.
 */
class AdminTwoFactorBrowserTest extends BrowserJourney {

    private static final String BOB = "bob@example.com";
    private static final String NUMBER = "+1 514 555 0142";
    private static final String REAUTHENTICATE = "For your security, log in again (your last login was more than 10 "
            + "minutes ago) to do this.";
    private static final String SET_BY_ADMINISTRATOR = "Confirm the mobile number on file with the code sent to it. "
            + "To use another number, ask an administrator of your organization to change it.";
    private static final String NOTICE = " They and the other administrators were told by email of the change to "
            + "two-factor authentication.";

    private static Page openUserManagement(Page page) {
        page.locator("#users-link").click();
        page.waitForURL("**/users");
        assertThat(row(page, DemoData.ADMIN_EMAIL)).isVisible();
        return page;
    }

    private static Locator row(Page page, String email) {
        return page.locator("#user-rows tr").filter(new Locator.FilterOptions().setHasText(email));
    }

    private static Locator twoFactorCell(Page page, String email) {
        return row(page, email).locator("td.two-factor");
    }

    private static void editUser(Page page, String email) {
        row(page, email).locator("button[data-action=\"edit\"]").click();
        assertThat(page.locator("#edit-dialog")).isVisible();
    }

    /** Presses Tab once, as a keyboard user does, and checks where focus went. */
    private static void tab(Page page, String shift, Locator expected) {
        page.keyboard().press(shift + "Tab");
        assertThat(expected).isFocused();
    }

    /** Replaces the text of the focused field by typing, as a keyboard user does. */
    private static void retype(Page page, String text) {
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(text);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    /** Requests a link for {@code email} in {@code browser} and opens it there; ends on the page the redeem chose. */
    private Page openLink(BrowserContext browser, String email, String landing) {
        Page page = LoginPage.requestLink(browser, portal, email, null);
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL(landing);
        return page;
    }

    @Test
    void administratorRequiresIt_theUserSetsItUpAtSignIn_byKeyboard_thenTheAdministratorTurnsItOff() {
        Axe.assumePresent();
        addStandardUserBob();
        portal.clock.advance(Duration.ofMinutes(1));
        Page admin = openUserManagement(signIn(DemoData.ADMIN_EMAIL));
        assertThat(twoFactorCell(admin, BOB)).hasText("Off");

        // Edit user: require 2FA and give the number.
        editUser(admin, BOB);
        assertThat(admin.locator("#edit-2fa legend")).hasText("Two-factor authentication");
        assertThat(admin.locator("#edit-2fa-state")).hasText("Status: Off. No mobile number.");
        assertThat(admin.locator("#edit-2fa-off")).isHidden();
        admin.getByLabel("Require two-factor authentication").check();
        admin.locator("#edit-mobile").fill(NUMBER);
        screenshot(admin, "users-edit-2fa");
        axe(admin, "edit user, two-factor authentication");
        admin.locator("#edit-submit").click();
        assertThat(admin.locator("#edit-dialog")).isHidden();
        assertThat(admin.locator("#status")).hasText("Changes saved for Bob Standard (" + BOB + ")." + NOTICE);
        assertThat(twoFactorCell(admin, BOB)).hasText("Required, not set up yet");
        admin.reload();
        assertThat(twoFactorCell(admin, BOB)).hasText("Required, not set up yet");
        String outbox = http.get("/dev/outbox.json").body();
        assertTrue(outbox.contains("\"to\":\"" + BOB + "\",\"subject\":\"Security notice from Secure Exchanges\""),
                "Bob is told by email");

        // Bob's next sign-in: the setup page, with the number on file.
        BrowserContext bobBrowser = CHROMIUM.newBrowser();
        bobBrowser.clock().install();
        Page bob = openLink(bobBrowser, BOB, "**/login/two-factor-setup");
        assertThat(bob.locator("h1")).hasText("Set up two-factor authentication");
        assertThat(bob.locator("#setup-intro")).hasText("Your administrator requires two-factor authentication: from "
                + "now on, each login asks for a code sent by SMS to your mobile phone. Confirm your mobile number "
                + "with a code to continue.");
        assertThat(bob.getByLabel("Mobile number")).hasValue("+15145550142");
        assertThat(bob.locator("#mobile-hint")).hasText("The number on file for your account. If it is not yours, "
                + "ask an administrator of your organization to change it.");
        assertThat(bob.locator("#code-form")).isHidden();
        axe(bob, "setup");

        // A protected page opened meanwhile sends to the setup, naming where it was going.
        Page elsewhere = bobBrowser.newPage();
        elsewhere.navigate(portal.url() + "/account");
        elsewhere.waitForURL(url -> url.endsWith("/login/two-factor-setup?next=%2Faccount"));
        assertThat(elsewhere.locator("h1")).hasText("Set up two-factor authentication");
        elsewhere.close();

        // In French: the code sent, a wrong code.
        bob.locator("#lang-switch").click();
        assertThat(bob.locator("h1")).hasText("Configurer l’authentification à deux facteurs");
        assertThat(bob.getByLabel("Numéro de mobile")).hasValue("+15145550142");
        axe(bob, "setup in French");
        bob.locator("#send").click();
        assertThat(bob.locator("#code-sent"))
                .hasText("Nous avons envoyé un code de 6 chiffres par SMS au +15145550142. Il est valide 5 minutes.");
        bob.getByLabel("Code reçu sur votre mobile").fill(wrong(http.lastSmsCode()));
        bob.locator("#confirm").click();
        assertThat(bob.locator("#code-status")).hasText("Ce code n’est pas le bon. Vérifiez le SMS et réessayez. "
                + "4 essais restants.");
        axe(bob, "setup, wrong code, in French");
        bob.locator("#lang-switch").click();
        assertThat(bob.locator("h1")).hasText("Set up two-factor authentication");
        assertThat(bob.getByLabel("Mobile number")).hasValue("+15145550142");
        portal.clock.advance(Duration.ofSeconds(30));

        // Keyboard only, in English: another number is refused next to the field, then the number on file.
        tab(bob, "", bob.locator("#lang-switch"));
        tab(bob, "", bob.getByLabel("Mobile number"));
        retype(bob, "+1 514 555 0199");
        bob.keyboard().press("Enter");
        assertThat(bob.locator("#mobile-status")).hasText(SET_BY_ADMINISTRATOR);
        assertThat(bob.getByLabel("Mobile number")).hasAttribute("aria-invalid", "true");
        assertThat(bob.getByLabel("Mobile number")).isFocused();
        axe(bob, "setup, another number refused");
        retype(bob, NUMBER);
        bob.keyboard().press("Enter");
        assertThat(bob.locator("#code-form")).isVisible();
        assertThat(bob.locator("#mobile-status")).isEmpty();
        assertThat(bob.getByLabel("Mobile number")).not().hasAttribute("aria-invalid", "true");
        assertThat(bob.locator("#code-sent"))
                .hasText("We sent a 6-digit code by SMS to " + NUMBER + ". It works for 5 minutes.");
        Locator code = bob.getByLabel("Code sent to your mobile");
        assertThat(code).isFocused();
        bob.keyboard().type(wrong(http.lastSmsCode()));
        bob.keyboard().press("Enter");
        assertThat(bob.locator("#code-status"))
                .hasText("This code is not right. Check the SMS and try again. 4 attempts left.");
        assertThat(code).hasAttribute("aria-invalid", "true");
        assertThat(code).isFocused();
        screenshot(bob, "two-factor-setup");
        axe(bob, "setup, wrong code");
        // "Resend code" waits as long as the server would refuse it, and says how long.
        assertThat(bob.locator("#resend")).isDisabled();
        assertThat(bob.locator("#resend-hint")).hasText(Pattern.compile("You can ask for a new code in [0-9]+ s\\."));
        bob.clock().fastForward(30_000);
        portal.clock.advance(Duration.ofSeconds(30));
        assertThat(bob.locator("#resend-hint")).hasText("No SMS? You can ask for a new code.");
        tab(bob, "", bob.locator("#confirm"));
        tab(bob, "", bob.locator("#resend"));
        bob.keyboard().press("Enter");
        assertThat(bob.locator("#code-status")).hasText("A new code was sent. The previous one no longer works.");
        // Back in the code field for the new code; the button waits again.
        assertThat(code).isFocused();
        assertThat(bob.locator("#resend")).isDisabled();
        retype(bob, http.lastSmsCode());
        bob.keyboard().press("Enter");
        bob.waitForURL("**/portal");
        assertThat(bob.locator("#user-email")).hasText(BOB);

        // My account: required by the administrators, so not offered to untick.
        bob.locator("#account-link").click();
        bob.waitForURL("**/account");
        assertThat(bob.getByLabel("Enable 2FA authentication")).isChecked();
        assertThat(bob.getByLabel("Enable 2FA authentication")).isDisabled();
        assertThat(bob.locator("#two-factor-required")).hasText("Required by your organization’s administrators.");
        assertThat(bob.locator("#journal-rows tr").first()).isVisible();
        axe(bob, "my account, 2FA required");
        bob.locator("#lang-switch").click();
        assertThat(bob.locator("#two-factor-required"))
                .hasText("Exigée par les administrateurs de votre organisation.");
        axe(bob, "my account, 2FA required, in French");
        bob.locator("#lang-switch").click();
        // The page reloads once the profile has the language: wait for it before leaving.
        assertThat(bob.locator("html")).hasAttribute("lang", "en");

        // A later sign-in asks for an SMS code.
        bob.navigate(portal.url() + "/portal");
        bob.locator("#logout").click();
        bob.waitForURL(portal.url() + "/");
        portal.clock.advance(Duration.ofMinutes(1));
        Page again = openLink(bobBrowser, BOB, "**/login/two-factor");
        again.getByLabel("SMS code", LoginPage.EXACT).fill(http.lastSmsCode());
        again.locator("#verify").click();
        again.waitForURL("**/portal");
        bobBrowser.close();

        // Turning it off needs a login of the last 10 minutes: the refusal says to log in again.
        portal.clock.advance(Duration.ofMinutes(10));
        editUser(admin, BOB);
        assertThat(admin.locator("#edit-2fa-state")).hasText("Status: On (required). Mobile number confirmed.");
        admin.locator("#edit-2fa-off").click();
        assertThat(admin.locator("#confirm-dialog")).isVisible();
        assertThat(admin.locator("#confirm-heading")).hasText("Turn off two-factor authentication");
        assertThat(admin.locator("#confirm-question"))
                .hasText("Turn off two-factor authentication for Bob Standard (" + BOB + ")?");
        assertThat(admin.locator("#confirm-explain")).hasText("For a lost phone. It stays required: at their next "
                + "login they set it up again, with the number on file. If that phone is lost, give a new number or "
                + "remove it too.");
        assertThat(admin.locator("#confirm-cancel")).isFocused();
        admin.locator("#confirm-submit").click();
        assertThat(admin.locator("#confirm-status")).hasText(REAUTHENTICATE);
        assertThat(admin.locator("#confirm-login-again a")).hasText("Log in again");
        axe(admin, "turning 2FA off, login too old");
        admin.locator("#confirm-cancel").click();
        assertThat(admin.locator("#confirm-dialog")).isHidden();
        assertThat(admin.locator("#edit-2fa-off")).isFocused();
        admin.keyboard().press("Escape");

        // After a fresh login: in French first, then done in English.
        Page fresh = openUserManagement(signIn(DemoData.ADMIN_EMAIL));
        fresh.locator("#lang-switch").click();
        assertThat(twoFactorCell(fresh, BOB)).hasText("Activée (exigée)");
        editUser(fresh, BOB);
        assertThat(fresh.locator("#edit-2fa legend")).hasText("Authentification à deux facteurs");
        assertThat(fresh.locator("#edit-2fa-state"))
                .hasText("État\u00a0: Activée (exigée). Numéro de mobile confirmé.");
        axe(fresh, "edit user, two-factor authentication, in French");
        fresh.locator("#edit-2fa-off").click();
        assertThat(fresh.locator("#confirm-question")).hasText("Désactiver l’authentification à deux facteurs de Bob "
                + "Standard (" + BOB + ")\u00a0?");
        axe(fresh, "turning 2FA off, in French");
        fresh.locator("#confirm-cancel").click();
        fresh.keyboard().press("Escape");
        fresh.locator("#lang-switch").click();
        assertThat(fresh.locator("html")).hasAttribute("lang", "en");
        editUser(fresh, BOB);
        fresh.locator("#edit-2fa-off").click();
        fresh.locator("#confirm-submit").click();
        assertThat(fresh.locator("#confirm-dialog")).isHidden();
        assertThat(fresh.locator("#edit-status")).hasText("Two-factor authentication is off for Bob Standard (" + BOB
                + "). They and the other administrators were told by email.");
        assertThat(fresh.locator("#edit-2fa-state"))
                .hasText("Status: Required, not set up yet. Mobile number confirmed.");
        assertThat(fresh.locator("#edit-2fa-off")).isHidden();
        assertThat(fresh.getByLabel("Require two-factor authentication")).isFocused();
        assertThat(twoFactorCell(fresh, BOB)).hasText("Required, not set up yet");

        // Lift the requirement and remove the number: removing asks first, naming the person.
        fresh.getByLabel("Require two-factor authentication").uncheck();
        fresh.locator("#edit-mobile").fill("");
        fresh.locator("#edit-submit").click();
        assertThat(fresh.locator("#confirm-heading")).hasText("Remove the mobile number");
        assertThat(fresh.locator("#confirm-question"))
                .hasText("Remove the mobile number of Bob Standard (" + BOB + ")?");
        axe(fresh, "removing the number");
        fresh.locator("#confirm-cancel").click();
        assertThat(fresh.locator("#edit-dialog")).isVisible();
        assertThat(fresh.locator("#edit-submit")).isFocused();
        assertThat(twoFactorCell(fresh, BOB)).hasText("Required, not set up yet");
        fresh.locator("#edit-submit").click();
        fresh.locator("#confirm-submit").click();
        assertThat(fresh.locator("#edit-dialog")).isHidden();
        assertThat(fresh.locator("#status")).hasText("Changes saved for Bob Standard (" + BOB + ")." + NOTICE);
        assertThat(twoFactorCell(fresh, BOB)).hasText("Off");
        editUser(fresh, BOB);
        assertThat(fresh.locator("#edit-2fa-state")).hasText("Status: Off. No mobile number.");
        assertThat(fresh.getByLabel("Require two-factor authentication")).not().isChecked();
        fresh.keyboard().press("Escape");

        // Bob's log tells it all, by the administrator.
        row(fresh, BOB).locator("button[data-action=\"logs\"]").click();
        assertThat(fresh.locator("#log-rows tr td:first-of-type")).containsText(new String[] {"Mobile number changed",
            "User edited", "2FA authentication disabled"});
        assertEquals(List.of(), violations);
    }

    @Test
    void aNumberTheAdministratorGives_isProvenAtTheNextSignIn_andTheSetupGoesOnWhereThePersonWasGoing() {
        Axe.assumePresent();
        addStandardUserBob();
        String session = http.login(BOB, RunningPortal.CAPTCHA);
        assertEquals(202, http.post("/api/me/2fa", "{\"enable\":true,\"mobile\":\"+1 514 555 0123\"}", session)
                .statusCode());
        assertEquals(200, http.post("/api/me/2fa/confirm", "{\"code\":\"" + http.lastSmsCode() + "\"}", session)
                .statusCode());
        portal.clock.advance(Duration.ofMinutes(1));

        Page admin = openUserManagement(signIn(DemoData.ADMIN_EMAIL));
        assertThat(twoFactorCell(admin, BOB)).hasText("On");
        editUser(admin, BOB);
        assertThat(admin.locator("#edit-2fa-state")).hasText("Status: On. Mobile number confirmed.");
        assertThat(admin.locator("#edit-mobile")).hasValue("+15145550123");
        admin.locator("#edit-mobile").fill("+1 514 555 0177");
        admin.locator("#edit-submit").click();
        assertThat(admin.locator("#status")).hasText("Changes saved for Bob Standard (" + BOB + ")." + NOTICE);

        // Bob's next sign-in: the new number must be proven first. "Log out" leaves the setup.
        BrowserContext bobBrowser = CHROMIUM.newBrowser();
        Page bob = openLink(bobBrowser, BOB, "**/login/two-factor-setup");
        assertThat(bob.locator("#setup-intro")).hasText("Your administrator changed the mobile number of your account. "
                + "Confirm it with a code sent by SMS to continue: your logins will then ask for a code sent to it.");
        assertThat(bob.getByLabel("Mobile number")).hasValue("+15145550177");
        axe(bob, "setup of a number the administrator gave");
        bob.locator("#logout").click();
        bob.waitForURL(portal.url() + "/");
        bob.navigate(portal.url() + "/portal");
        bob.waitForURL(portal.url() + "/?next=%2Fportal");

        // Signed in again, Bob opens My account: its first refused call sends to the setup, which comes back.
        portal.clock.advance(Duration.ofMinutes(1));
        bob = openLink(bobBrowser, BOB, "**/login/two-factor-setup");
        bob.navigate(portal.url() + "/account");
        bob.waitForURL(url -> url.endsWith("/login/two-factor-setup?next=%2Faccount"));
        bob.locator("#send").click();
        // The SMS is in the outbox once the page says the code was sent.
        assertThat(bob.locator("#code-sent")).hasText("We sent a 6-digit code by SMS to +15145550177. It works for "
                + "5 minutes.");
        bob.getByLabel("Code sent to your mobile").fill(http.lastSmsCode());
        bob.locator("#confirm").click();
        bob.waitForURL("**/account");
        assertThat(bob.getByLabel("Enable 2FA authentication")).isChecked();
        assertThat(bob.getByLabel("Enable 2FA authentication")).isEnabled();
        assertThat(bob.getByLabel("Mobile number")).hasValue("+15145550177");
        assertThat(bob.locator("#two-factor-required")).isHidden();
        bobBrowser.close();

        admin.reload();
        assertThat(twoFactorCell(admin, BOB)).hasText("On");
        assertEquals(List.of(), violations);
    }
}
