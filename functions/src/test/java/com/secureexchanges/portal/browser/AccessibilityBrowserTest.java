package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC X5: every page, in the states a person sees, has no axe-core violation of WCAG 2.0–2.2 A and
 * AA. axe is injected through the browser's debugging protocol, which the page's CSP does not govern,
 * so the pages are checked with their real CSP on.
 */
class AccessibilityBrowserTest {

    @RegisterExtension
    static final ChromiumBrowser CHROMIUM = new ChromiumBrowser();

    private static final Path AXE = DevServer.repoRoot().resolve("node_modules/axe-core/axe.min.js");

    private RunningPortal portal;
    private HttpCall http;
    private BrowserContext context;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(Files.isRegularFile(AXE), "axe-core is missing: run npm ci (the test command does)");
        portal = new RunningPortal();
        http = portal.http();
        context = CHROMIUM.newBrowser();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
            portal.close();
        }
    }

    private void check(Page page, String state) {
        try {
            page.evaluate(Files.readString(AXE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Object found = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"
                + ".map(v => v.id + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')");
        for (Object violation : (List<?>) found) {
            violations.add(state + ": " + violation);
        }
    }

    @Test
    void everyPage_meetsWcagAA() {
        Page page = context.newPage();
        page.navigate(portal.url() + "/");
        LoginPage.waitForCaptcha(page);
        check(page, "login");
        page.locator("#submit").click();
        assertThat(page.locator("#email-error")).not().isEmpty();
        check(page, "login with an error");
        page.locator("#lang-switch").click();
        LoginPage.waitForCaptcha(page);
        check(page, "login in French");
        page.locator("#lang-switch").click();

        Page asked = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, null);
        check(asked, "check your email");
        Page other = CHROMIUM.newBrowser().newPage();
        other.navigate(LoginPage.linkFromOutbox(portal, http));
        assertThat(other.locator("#denied")).isVisible();
        check(other, "Error 2");
        other.context().close();

        asked.navigate(LoginPage.linkFromOutbox(portal, http));
        asked.waitForURL("**/portal");
        assertThat(asked.locator("#user-email")).isVisible();
        assertThat(asked.locator("#organization")).isVisible();
        check(asked, "portal");
        asked.locator("#account-link").click();
        asked.waitForURL("**/account");
        assertThat(asked.locator("#account-form")).isVisible();
        assertThat(asked.locator("#journal-rows tr").first()).isVisible();
        check(asked, "my account, with my journal");
        asked.getByLabel("Mobile number").fill("+1 514 555 0123");
        asked.getByLabel("Enable 2FA authentication").check();
        asked.locator("#save").click();
        assertThat(asked.locator("#confirm-block")).isVisible();
        check(asked, "my account, confirming a number");
        asked.getByLabel("Code sent to your mobile").fill(http.lastSmsCode());
        asked.locator("#confirm").click();
        assertThat(asked.locator("#status")).hasText("Two-factor authentication is on.");

        portal.clock.advance(java.time.Duration.ofMinutes(1));
        Page twoFactor = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, null);
        twoFactor.navigate(LoginPage.linkFromOutbox(portal, http));
        twoFactor.waitForURL("**/login/two-factor");
        check(twoFactor, "SMS code");
        twoFactor.getByLabel("SMS code", LoginPage.EXACT).fill("000000".equals(http.lastSmsCode()) ? "111111" : "000000");
        twoFactor.locator("#verify").click();
        assertThat(twoFactor.locator("#code-error")).containsText("attempts left");
        check(twoFactor, "SMS code, wrong");

        Page outbox = context.newPage();
        outbox.navigate(portal.url() + "/dev/outbox");
        check(outbox, "outbox");
        assertEquals(List.of(), violations);
    }
}
