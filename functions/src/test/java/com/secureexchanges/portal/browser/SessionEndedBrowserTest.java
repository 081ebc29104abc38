package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.secureexchanges.portal.devserver.DemoData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 5: a page that needs a session says why it sends a signed-out visitor to the login page, a
 * session that ends while a page is open says so with "Log in", and signing in goes back to that page; the
 * way back is a page of this site only (no open redirect).
 */
class SessionEndedBrowserTest extends BrowserJourney {

    private static final String SAME_SITE = "async (v) => (await import('/assets/js/return-to.js')).sameSitePath(v)";

    /** Signs in on the login page {@code page} shows and follows the link in the same tab. */
    private void signInHere(Page page) {
        LoginPage.submit(page, DemoData.ADMIN_EMAIL, null);
        page.navigate(LoginPage.linkFromOutbox(portal, http));
    }

    @Test
    void protectedPage_whileSignedOut_saysWhy_andSigningInGoesBackToIt() {
        Page page = context.newPage();
        page.navigate(portal.url() + "/users?query=bob");
        page.waitForURL(portal.url() + "/?next=%2Fusers%3Fquery%3Dbob");
        assertThat(page.locator("#return-notice")).hasText("Log in to open that page: it needs a signed-in session."
                + " You will go back to it after signing in.");
        axe(page, "login, sent from a page that needs a session");

        signInHere(page);
        page.waitForURL(portal.url() + "/users?query=bob");
        assertThat(page.locator("#title")).hasText("User Management");
        assertEquals(List.of(), violations);
    }

    @Test
    void sessionEnding_whileAPageIsOpen_saysSo_andLogInComesBackToThePage() {
        Page page = signIn(DemoData.ADMIN_EMAIL);
        page.navigate(portal.url() + "/account");
        assertThat(page.locator("#account-form")).isVisible();
        portal.clock.advance(Duration.ofMinutes(31));

        page.locator("#save").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your session has ended");
        assertThat(page.locator("#session-login")).isFocused();
        axe(page, "session ended");
        screenshot(page, "session-ended");

        page.locator("#session-login").click();
        page.waitForURL(portal.url() + "/?next=%2Faccount");
        assertThat(page.locator("#return-notice")).isVisible();
        signInHere(page);
        page.waitForURL(portal.url() + "/account");
        assertThat(page.locator("#account-form")).isVisible();
        assertEquals(List.of(), violations);
    }

    @Test
    void wayBack_isAPageOfThisSiteOnly() {
        Page page = context.newPage();
        page.navigate(portal.url() + "/");
        for (String attack : List.of("//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
                "/\t/evil.example", "/%2F%2Fevil.example", "%2F%2Fevil.example", "/%5Cevil.example",
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", "/javascript:alert(1)//", "https://evil.example/",
                "http:evil.example", "data:text/html,x", "/..//evil.example", "/./evil", " /portal", "/portal\n",
                "/", "/login/redeem", "", "/users#x")) {
            assertNull(page.evaluate(SAME_SITE, attack), attack);
        }
        assertEquals("/users?query=bob%40example.com", page.evaluate(SAME_SITE, "/users?query=bob%40example.com"));
        assertEquals("/account", page.evaluate(SAME_SITE, "/account"));

        // A way back planted in this browser's storage by hand is checked again when it is used.
        page.evaluate("localStorage.setItem('portal.returnTo', JSON.stringify({ path: '//evil.example', at: Date.now() }))");
        assertEquals("/portal", page.evaluate("async () => (await import('/assets/js/return-to.js')).takeReturn()"));

        page.navigate(portal.url() + "/?next=" + URLEncoder.encode("//evil.example", StandardCharsets.UTF_8));
        assertThat(page.locator("#return-notice")).isHidden();
        signInHere(page);
        page.waitForURL(portal.url() + "/portal");
        assertThat(page.locator("#user-email")).hasText(DemoData.ADMIN_EMAIL);
    }
}
