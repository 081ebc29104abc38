package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC M and S3 in real Chromium: My account, turning 2FA on and off, and signing in with an SMS code. */
class TwoFactorBrowserTest extends BrowserJourney {

    /** A clock the test can move in the browser, so that "Resend code" need not be waited for 30 real seconds. */
    @BeforeEach
    void movableClock() {
        context.clock().install();
    }

    /** Signs in up to the page after the link: the portal, or the SMS code page. */
    private Page openLink() {
        Page page = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, null);
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL(url -> url.endsWith("/portal") || url.endsWith("/login/two-factor"));
        return page;
    }

    private Page myAccount() {
        Page page = openLink();
        page.locator("#account-link").click();
        page.waitForURL("**/account");
        assertThat(page.locator("#account-form")).isVisible();
        return page;
    }

    private static void enterCode(Page page, String code) {
        page.getByLabel("SMS code", LoginPage.EXACT).fill(code);
        page.locator("#verify").click();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void turningTwoFactorOn_thenSigningInWithTheCode_wrongCodesAndResend() {
        Page page = myAccount();
        assertThat(page.locator("#license-heading")).hasText("License details");
        assertThat(page.locator("#personal-heading")).hasText("Personal information");
        assertThat(page.locator("#license-type")).hasText("Pro");
        assertThat(page.locator("#email")).hasText(DemoData.ADMIN_EMAIL);

        page.getByLabel("Mobile number").fill("514 555 0123");
        page.getByLabel("Enable 2FA authentication").check();
        page.locator("#save").click();
        // A refused number is said at the number field.
        assertThat(page.locator("#mobile-error")).containsText("like +1 514 555 0123");
        assertThat(page.getByLabel("Mobile number")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#status")).isEmpty();

        page.getByLabel("Mobile number").fill("+1 514 555 0123");
        page.getByLabel("First name").fill("Augusta");
        page.locator("#save").click();
        // While the code is pending: the box stays ticked, the pending state is next to it, said once.
        assertThat(page.locator("#confirm-block")).isVisible();
        assertThat(page.getByLabel("Enable 2FA authentication")).isChecked();
        assertThat(page.locator("#two-factor-pending")).hasText("Waiting for the code: two-factor authentication turns on"
                + " once you enter the code sent by SMS to +1 514 555 0123.");
        assertThat(page.locator("#status")).hasText("Your changes were saved.");
        assertThat(page.getByLabel("Mobile number")).not().hasAttribute("aria-invalid", "true");
        Locator confirmCode = page.getByLabel("Code sent to your mobile");
        assertThat(confirmCode).isFocused();
        assertThat(page.locator("#resend")).isDisabled();
        assertThat(page.locator("#resend-hint")).hasText(Pattern.compile("You can ask for a new code in [0-9]+ s\\."));
        String firstCode = http.lastSmsCode();
        confirmCode.fill(wrong(firstCode));
        page.keyboard().press("Enter");
        // The wrong code is said at its field, not under Save, and Enter did not save (no other code was sent).
        assertThat(page.locator("#confirm-error"))
                .hasText("This code is not right. Check the SMS and try again. 4 attempts left.");
        assertThat(confirmCode).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#status")).isEmpty();
        axe(page, "my account, a wrong confirmation code");
        screenshot(page, "my-account-confirming");

        page.clock().fastForward(30_000);
        portal.clock.advance(Duration.ofSeconds(30));
        assertThat(page.locator("#resend-hint")).hasText("No SMS? You can ask for a new code.");
        page.locator("#resend").click();
        assertThat(page.locator("#confirm-status")).hasText("A new code was sent. The previous one no longer works.");
        assertThat(page.locator("#resend")).isDisabled();
        confirmCode.fill(http.lastSmsCode());
        page.locator("#confirm").click();
        assertThat(page.locator("#status")).hasText("Two-factor authentication is on.");
        assertThat(page.locator("#confirm-block")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("my-account")).setFullPage(true));

        page.reload();
        assertThat(page.getByLabel("Enable 2FA authentication")).isChecked();
        assertThat(page.getByLabel("Mobile number")).hasValue("+15145550123");
        assertThat(page.getByLabel("First name")).hasValue("Augusta");
        page.locator("#lang-switch").click();
        assertThat(page.locator("#license-heading")).hasText("Détails de la licence");
        assertThat(page.locator("#personal-heading")).hasText("Informations personnelles");
        assertThat(page.getByLabel("Activer l’authentification 2FA")).isChecked();
        assertThat(page.locator("#save")).hasText("Enregistrer");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("my-account-fr")).setFullPage(true));
        page.locator("#lang-switch").click();
        assertThat(page.locator("#license-heading")).hasText("License details");

        page.navigate(portal.url() + "/portal");
        page.locator("#logout").click();
        page.waitForURL(portal.url() + "/");
        portal.clock.advance(Duration.ofMinutes(1));

        Page login = openLink();
        login.waitForURL("**/login/two-factor");
        assertThat(login.locator("h1")).hasText("Enter the code sent by SMS");
        assertThat(login.locator("#sent-to"))
                .hasText("We sent a 6-digit code by SMS to +1••••••0123. It works for 5 minutes.");
        assertThat(login.getByLabel("SMS code", LoginPage.EXACT)).isFocused();
        String first = http.lastSmsCode();
        enterCode(login, wrong(first));
        assertThat(login.locator("#code-error"))
                .hasText("This code is not right. Check the SMS and try again. 4 attempts left.");
        assertThat(login.getByLabel("SMS code", LoginPage.EXACT)).hasAttribute("aria-invalid", "true");
        // "Resend code" waits as long as the server would refuse it, and says how long.
        assertThat(login.locator("#resend")).isDisabled();
        assertThat(login.locator("#resend-hint")).hasText(Pattern.compile("You can ask for a new code in [0-9]+ s\\."));
        axe(login, "SMS code, wrong, resend counting down");
        login.clock().fastForward(30_000);
        portal.clock.advance(Duration.ofSeconds(30));
        assertThat(login.locator("#resend")).isEnabled();
        login.locator("#resend").click();
        assertThat(login.locator("#status")).hasText("A new code was sent. The previous one no longer works.");
        assertThat(login.locator("#code-error")).isHidden();
        assertThat(login.locator("#resend")).isDisabled();
        login.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("sms-code")).setFullPage(true));
        String second = http.lastSmsCode();
        if (!second.equals(first)) {
            enterCode(login, first);
            assertThat(login.locator("#code-error")).containsText("This code is not right.");
        }
        enterCode(login, second);
        login.waitForURL("**/portal");
        assertThat(login.locator("#user-email")).hasText(DemoData.ADMIN_EMAIL);
        assertEquals(List.of(), violations);
    }

    @Test
    void fiveWrongCodes_endTheAttempt_andTurningOffNeedsARecentLogin() {
        Page page = myAccount();
        page.getByLabel("Mobile number").fill("+1 514 555 0123");
        page.getByLabel("Enable 2FA authentication").check();
        page.locator("#save").click();
        assertThat(page.locator("#confirm-block")).isVisible();
        page.getByLabel("Code sent to your mobile").fill(http.lastSmsCode());
        page.locator("#confirm").click();
        assertThat(page.locator("#status")).hasText("Two-factor authentication is on.");

        portal.clock.advance(Duration.ofMinutes(11));
        page.getByLabel("Enable 2FA authentication").uncheck();
        page.locator("#save").click();
        assertThat(page.locator("#status")).containsText("log in again");
        page.reload();
        assertThat(page.getByLabel("Enable 2FA authentication")).isChecked();

        Page login = openLink();
        assertThat(login.locator("h1")).hasText("Enter the code sent by SMS");
        String code = http.lastSmsCode();
        for (int left = 4; left >= 1; left--) {
            enterCode(login, wrong(code));
            assertThat(login.locator("#code-error")).hasText("This code is not right. Check the SMS and try again. "
                    + left + " attempts left.");
        }
        enterCode(login, wrong(code));
        assertThat(login.locator("#code-error")).hasText("Too many wrong codes. Please start again.");
        assertThat(login.locator("#again")).isVisible();
        login.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("sms-locked")).setFullPage(true));

        portal.clock.advance(Duration.ofSeconds(31));
        Page fresh = openLink();
        assertThat(fresh.locator("h1")).hasText("Enter the code sent by SMS");
        String newCode = http.lastSmsCode();
        assertNotEquals("", newCode);
        enterCode(fresh, newCode);
        fresh.waitForURL("**/portal");
        fresh.locator("#account-link").click();
        fresh.waitForURL("**/account");
        // uncheck() returns at once on a box that is not checked yet: wait until the page shows 2FA on.
        assertThat(fresh.getByLabel("Enable 2FA authentication")).isChecked();
        fresh.getByLabel("Enable 2FA authentication").uncheck();
        fresh.locator("#save").click();
        assertThat(fresh.locator("#status")).hasText("Two-factor authentication is off.");
        fresh.reload();
        assertThat(fresh.getByLabel("Enable 2FA authentication")).not().isChecked();
    }
}
