package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SPEC M and S3 in real Chromium: My account, turning 2FA on and off, and signing in with an SMS code. */
class TwoFactorBrowserTest extends BrowserJourney {

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
        assertThat(page.locator("#status")).containsText("like +1 514 555 0123");

        page.getByLabel("Mobile number").fill("+1 514 555 0123");
        page.getByLabel("First name").fill("Augusta");
        page.locator("#save").click();
        assertThat(page.locator("#confirm-block")).isVisible();
        page.getByLabel("Code sent to your mobile").fill(http.lastSmsCode());
        page.locator("#confirm").click();
        assertThat(page.locator("#status")).hasText("Two-factor authentication is on.");
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
        String first = http.lastSmsCode();
        enterCode(login, wrong(first));
        assertThat(login.locator("#status"))
                .hasText("This code is not right. Check the SMS and try again. 4 attempts left.");
        login.locator("#resend").click();
        assertThat(login.locator("#status")).hasText("Please wait 30 seconds before asking for a new code.");
        portal.clock.advance(Duration.ofSeconds(30));
        login.locator("#resend").click();
        assertThat(login.locator("#status")).hasText("A new code was sent. The previous one no longer works.");
        login.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("sms-code")).setFullPage(true));
        String second = http.lastSmsCode();
        if (!second.equals(first)) {
            enterCode(login, first);
            assertThat(login.locator("#status")).containsText("This code is not right.");
        }
        enterCode(login, second);
        login.waitForURL("**/portal");
        assertThat(login.locator("#user-email")).hasText(DemoData.ADMIN_EMAIL);
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
            assertThat(login.locator("#status")).hasText("This code is not right. Check the SMS and try again. " + left
                    + " attempts left.");
        }
        enterCode(login, wrong(code));
        assertThat(login.locator("#status")).hasText("Too many wrong codes. Please start again.");
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
