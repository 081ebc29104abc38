package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.secureexchanges.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;

/** The public "Buy licences" page (SPEC A2), by keyboard, in English and French. */
class SignupBrowserTest extends BrowserJourney {

    private Page openSignup() {
        Page page = context.newPage();
        page.navigate(portal.url() + "/signup");
        assertThat(page.locator("h1")).hasText("Buy licences");
        LoginPage.waitForCaptcha(page);
        return page;
    }

    @Test
    void aNewOrganization_asksByKeyboard_andIsToldToCheckItsEmail() {
        Page page = openSignup();
        axe(page, "sign-up form");
        page.locator("#email").focus();
        page.keyboard().type("founder@newco.test");
        page.keyboard().press("Tab");
        page.keyboard().type("NewCo Inc.");
        page.keyboard().press("Tab");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Tab");
        page.keyboard().press("Control+A");
        page.keyboard().type("12");
        page.locator("#captcha-answer").focus();
        page.keyboard().type(RunningPortal.CAPTCHA);
        screenshot(page, "signup");
        page.keyboard().press("Enter");
        assertThat(page.locator("#sent")).isVisible();
        assertThat(page.locator("#sent")).isFocused();
        assertThat(page.locator("#sent-title")).hasText("Check your email");
        axe(page, "sign-up sent");
        String outbox = http.get("/dev/outbox.json").body();
        assertTrue(outbox.contains("/signup/confirm#t="), outbox);
        assertTrue(outbox.contains("founder@newco.test"));
        assertEquals(java.util.List.of(), violations);
    }

    @Test
    void aQuantityOutOfRange_isSaidAtTheField_andNothingIsSent() {
        Page page = openSignup();
        page.locator("#email").fill("founder@newco.test");
        page.locator("#organization").fill("NewCo");
        page.locator("#quantity").fill("1001");
        page.locator("#captcha-answer").fill(RunningPortal.CAPTCHA);
        page.locator("#submit").click();
        assertThat(page.locator("#quantity-error")).hasText("Enter a whole number from 1 to 1,000.");
        assertThat(page.locator("#quantity")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#quantity")).isFocused();
        axe(page, "sign-up quantity error");
        assertEquals("[]", http.get("/dev/outbox.json").body().strip());
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Acheter des licences");
        assertEquals(java.util.List.of(), violations);
    }
}
