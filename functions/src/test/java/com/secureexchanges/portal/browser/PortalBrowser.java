package com.secureexchanges.portal.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh local portal and a fresh browser for one test, with what journeys do on them: sign in through
 * the login page and the outbox, run axe on a state, take a screenshot. Close it after the test.
 */
final class PortalBrowser implements AutoCloseable {

    final RunningPortal portal = new RunningPortal();
    final HttpCall http = portal.http();
    final BrowserContext context;
    /** axe's findings so far, "state: rule (selectors)"; a journey ends by asserting it is empty. */
    final List<String> violations = new ArrayList<>();

    PortalBrowser(ChromiumBrowser chromium) {
        context = chromium.newBrowser();
    }

    /** Signs {@code email} in through the login page and the link in the outbox; ends on the portal. */
    Page signIn(String email) {
        Page page = LoginPage.requestLink(context, portal, email, null);
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL("**/portal");
        return page;
    }

    void axe(Page page, String state) {
        violations.addAll(Axe.violations(page, state));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name)).setFullPage(true));
    }

    @Override
    public void close() {
        context.close();
        portal.close();
    }
}
