package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.secureexchanges.portal.devserver.DemoData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC X5, WCAG 2.2 SC 3.3.8 (issue 13, item 2): a person who cannot read the image signs in with the
 * keyboard alone, the browser solving a proof of work instead of anyone transcribing anything.
 */
class AccessibleCaptchaBrowserTest extends BrowserJourney {

    private static final LocatorAssertions.HasTextOptions SOLVING = new LocatorAssertions.HasTextOptions()
            .setTimeout(60_000);

    @Test
    void withTheKeyboardOnly_theCalculationReplacesTheImage_andTheLinkArrives() {
        Page page = context.newPage();
        page.navigate(portal.url() + "/");
        LoginPage.waitForCaptcha(page);
        page.locator("#email").focus();
        page.keyboard().type(DemoData.ADMIN_EMAIL);
        String focused = "";
        for (int i = 0; i < 6 && !"use-work".equals(focused); i++) {
            page.keyboard().press("Tab");
            focused = (String) page.evaluate("() => document.activeElement.id");
        }
        assertEquals("use-work", focused, "the alternative is reached with Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#image-captcha")).isHidden();
        assertThat(page.locator("#work-status")).hasText("Calculation done: you can continue.", SOLVING);
        axe(page, "login with the calculation done");
        page.keyboard().press("Tab");
        assertEquals("submit", page.evaluate("() => document.activeElement.id"));
        page.keyboard().press("Enter");
        page.waitForURL("**/login/check-email");
        String outbox = http.get("/dev/outbox.json").body();
        assertTrue(outbox.contains("/login/redeem#t="), "the link was sent: the server accepted the proof");
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL("**/portal");
        assertEquals(List.of(), violations);
    }

    @Test
    void sendingBeforeTheCalculationEnds_saysToWait_atTheCaptcha() {
        Page page = context.newPage();
        page.navigate(portal.url() + "/");
        LoginPage.waitForCaptcha(page);
        page.locator("#email").fill(DemoData.ADMIN_EMAIL);
        page.evaluate("() => { window.Worker = class { postMessage() {} terminate() {} }; }");
        page.locator("#use-work").click();
        assertThat(page.locator("#work-status")).hasText("Your browser is doing the calculation. This takes a few "
                + "seconds…");
        page.locator("#submit").click();
        assertThat(page.locator("#captcha-error")).hasText("Wait until the calculation is done (a few seconds).");
        assertEquals("[]", http.get("/dev/outbox.json").body().strip());
    }
}
