package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.secureexchanges.portal.config.SiteHeaders;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.RunningPortal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 12: without CloudFront ({@code -c cloudfront=false}) API Gateway serves the site, and every
 * address is under its stage ({@code /local/…}). The local portal answers the same way under a base path (and
 * sends no Content-Security-Policy header, as API Gateway cannot): a person signs in, comes back to the page
 * they asked for, moves between sections and signs out without one address leaving the stage, and the policy
 * the pages carry themselves holds.
 */
class StagePathBrowserTest extends BrowserJourney {

    @Override
    protected RunningPortal newPortal() {
        return new RunningPortal("/local");
    }

    @Test
    void signingIn_andMovingAround_stayUnderTheStage() {
        String site = portal.url();
        assertTrue(site.endsWith("/local"), site);
        Page page = context.newPage();
        Response users = page.navigate(site + "/users");
        assertEquals(null, users.headers().get("content-security-policy"), "as API Gateway: no policy header");
        page.waitForURL(site + "/?next=%2Fusers");
        assertThat(page.locator("#return-notice")).isVisible();
        LoginPage.submit(page, DemoData.ADMIN_EMAIL, null);
        assertEquals(site + "/login/check-email", page.url());

        String link = linkInTheEmail();
        assertTrue(link.startsWith(site + "/login/redeem#t="), "the email's link is under the stage: " + link);
        page.navigate(link);
        page.waitForURL(site + "/users");
        assertThat(page.locator("#nav-users")).hasAttribute("aria-current", "page");
        assertEquals("/local/account", page.locator("#nav-account").getAttribute("href"));
        assertEquals("/local/portal", page.locator("header.topbar a.brand").getAttribute("href"));
        page.locator("#nav-account").click();
        page.waitForURL(site + "/account");
        assertThat(page.locator("#nav-account")).hasAttribute("aria-current", "page");

        assertEquals(1, page.locator("meta[http-equiv='Content-Security-Policy']").count());
        assertEquals(SiteHeaders.PAGE_CONTENT_SECURITY_POLICY,
                page.locator("meta[http-equiv='Content-Security-Policy']").getAttribute("content"));
        Object ran = page.evaluate("() => { window.injected = false; const s = document.createElement('script');"
                + " s.textContent = 'window.injected = true'; document.head.append(s); return window.injected; }");
        assertFalse((Boolean) ran, "an injected inline script does not run: the page's own policy holds");

        page.locator("#logout").click();
        page.waitForURL(site + "/");
        assertThat(page.locator("h1")).hasText("Log in to the online portal");
        assertEquals(0, portal.server.requestsOutsideBase(), "no address left the stage");
    }

    /** The sign-in link as the email gives it (the outbox is under the stage too). */
    private String linkInTheEmail() {
        Matcher m = Pattern.compile("https?://[^\"\\s]+/login/redeem#t=[A-Za-z0-9_-]{43}")
                .matcher(http.get("/dev/outbox.json").body());
        assertTrue(m.find(), "a sign-in email");
        return m.group();
    }
}
