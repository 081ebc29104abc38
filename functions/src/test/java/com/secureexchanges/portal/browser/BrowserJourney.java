package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a journey in real Chromium starts from: one Chromium per test class, and for each test a portal of
 * its own and a fresh browser (its own cookies); signing in through the login page, axe checks gathered as
 * the journey goes ({@link #violations}, asserted empty at its end), screenshots.
 */
abstract class BrowserJourney {

    @RegisterExtension
    static final ChromiumBrowser CHROMIUM = new ChromiumBrowser();

    protected RunningPortal portal;
    protected HttpCall http;
    protected BrowserContext context;
    /** Each axe violation met so far, as "state: rule (selectors)". */
    protected final List<String> violations = new ArrayList<>();

    /** The portal each test runs against; a journey under a base path gives its own. */
    protected RunningPortal newPortal() {
        return new RunningPortal();
    }

    @BeforeEach
    void open() {
        portal = newPortal();
        http = portal.http();
        context = CHROMIUM.newBrowser();
        // A script that fails on a page shows in the test's output, whatever the test then finds.
        context.onPage(page -> page.onPageError(error -> System.out.println("page error on " + page.url() + ": " + error)));
    }

    @AfterEach
    void close() {
        context.close();
        portal.close();
    }

    /** Signs {@code email} in through the login page and the outbox; ends on the portal. */
    protected Page signIn(String email) {
        Page page = LoginPage.requestLink(context, portal, email, null);
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL("**/portal");
        assertThat(page.locator("#user-email")).hasText(email);
        return page;
    }

    /** Adds the standard user bob@example.com ("Bob Standard") to the demo account, as its administrator. */
    protected void addStandardUserBob() {
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        var added = http.post("/api/users", "{\"email\":\"bob@example.com\",\"firstName\":\"Bob\",\"lastName\":"
                + "\"Standard\",\"language\":\"en\",\"timeZone\":\"America/Toronto\",\"role\":\"standard\"}", admin);
        assertEquals(201, added.statusCode(), added.body());
    }

    /** Signs bob@example.com in, a standard user added for it; ends on the portal, where "My account" is. */
    protected Page signInAsStandardUser() {
        addStandardUserBob();
        Page page = signIn("bob@example.com");
        assertThat(page.locator("#account-link")).isVisible();
        return page;
    }

    /** Runs axe on the page as it is now, keeping what it finds. */
    protected void axe(Page page, String state) {
        violations.addAll(Axe.violations(page, state));
    }

    /** The whole page, as {@code target/screenshots/<name>.png}. */
    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name)).setFullPage(true));
    }
}
