package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;

/** What a person does on the login page, shared by the browser tests. */
final class LoginPage {

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private LoginPage() {
    }

    /** Requests a link for {@code email} through the login page; ends on "Check your email". */
    static Page requestLink(BrowserContext context, RunningPortal portal, String email, String screenshot) {
        Page page = context.newPage();
        page.navigate(portal.url() + "/");
        submit(page, email, screenshot);
        return page;
    }

    /** Requests a link for {@code email} on the login page {@code page} shows; ends on "Check your email". */
    static void submit(Page page, String email, String screenshot) {
        assertThat(page.locator("h1")).hasText("Log in to the online portal");
        waitForCaptcha(page);
        String firstImage = page.locator("#captcha-image").getAttribute("src");
        page.locator("#new-code").click();
        page.waitForCondition(() -> !firstImage.equals(page.locator("#captcha-image").getAttribute("src")));
        waitForCaptcha(page);
        page.getByLabel("Email address", EXACT).fill(email);
        page.getByLabel("Anti-robot code", EXACT).fill(RunningPortal.CAPTCHA);
        if (screenshot != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(screenshot)).setFullPage(true));
        }
        page.locator("#submit").click();
        page.waitForURL("**/login/check-email");
        assertThat(page.locator("h1")).hasText("Check your email");
    }

    static void waitForCaptcha(Page page) {
        page.waitForCondition(() -> Boolean.TRUE.equals(
                page.evaluate("() => { const i = document.getElementById('captcha-image');"
                        + " return i.complete && i.naturalWidth === 240; }")));
    }

    /** The sign-in link of the newest email in the outbox. */
    static String linkFromOutbox(RunningPortal portal, HttpCall http) {
        return portal.url() + "/login/redeem#t=" + http.lastLinkToken();
    }
}
