package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-in journeys of a person, in real Chromium; two browser contexts are two browsers. */
class LoginJourneyBrowserTest {

    @RegisterExtension
    static final ChromiumBrowser CHROMIUM = new ChromiumBrowser();

    private RunningPortal portal;
    private HttpCall http;
    private BrowserContext chrome;
    private BrowserContext edge;

    @BeforeEach
    void open() {
        portal = new RunningPortal();
        http = new HttpCall(portal.url());
        chrome = CHROMIUM.newBrowser();
        edge = CHROMIUM.newBrowser();
    }

    @AfterEach
    void close() {
        chrome.close();
        edge.close();
        portal.close();
    }

    /** Journey 2: the login page, its captcha and "new code", then the "check your email" page. */
    private Page requestLink(BrowserContext context, String shot) {
        Page page = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, shot);
        assertThat(page.locator("body")).containsText("The system does not confirm whether the captcha was successful.");
        return page;
    }

    private String linkFromOutbox() {
        return LoginPage.linkFromOutbox(portal, http);
    }

    @Test
    void loginPage_speaksFrench_andAlwaysLeadsToCheckYourEmail() {
        Page page = chrome.newPage();
        page.navigate(portal.url() + "/");
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Se connecter au portail en ligne");
        assertThat(page.locator("#new-code")).hasText("Nouveau code");
        assertEquals("fr", page.locator("html").getAttribute("lang"));
        LoginPage.waitForCaptcha(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("login-fr")).setFullPage(true));
        page.getByLabel("Adresse courriel", LoginPage.EXACT).fill("nobody@example.org");
        page.getByLabel("Code anti-robot", LoginPage.EXACT).fill("000000");
        page.locator("#submit").click();
        page.waitForURL("**/login/check-email");
        assertThat(page.locator("h1")).hasText("Consultez vos courriels");
        assertTrue(http.get("/dev/outbox.json").body().equals("[]"), "no email for a wrong captcha");
    }

    /**
     * Issue 13, item 1: Enter with the code empty or short said "a login email is on its way" and sent
     * nothing. The format is now checked in the page, before anything is sent; the field says what is
     * wrong and nothing about the answer or the address.
     */
    @Test
    void aMalformedAddressOrCode_isSaidAtTheField_andNothingIsSent() {
        Page page = chrome.newPage();
        page.navigate(portal.url() + "/");
        LoginPage.waitForCaptcha(page);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        page.onRequest(request -> {
            if (request.url().endsWith("/api/login/request")) {
                requests.incrementAndGet();
            }
        });
        page.getByLabel("Email address", LoginPage.EXACT).fill(DemoData.ADMIN_EMAIL);
        page.getByLabel("Anti-robot code", LoginPage.EXACT).press("Enter");
        assertThat(page.locator("#captcha-error")).hasText("Type the 6 digits shown in the image.");
        assertThat(page.locator("#captcha-answer")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#captcha-answer")).isFocused();
        page.getByLabel("Anti-robot code", LoginPage.EXACT).fill("12345");
        page.getByLabel("Anti-robot code", LoginPage.EXACT).press("Enter");
        assertThat(page.locator("#captcha-error")).isVisible();
        page.getByLabel("Email address", LoginPage.EXACT).fill("not-an-address");
        page.getByLabel("Anti-robot code", LoginPage.EXACT).fill("123456");
        page.getByLabel("Anti-robot code", LoginPage.EXACT).press("Enter");
        assertThat(page.locator("#email-error")).hasText("Enter a valid email address, like name@example.com.");
        assertThat(page.locator("#captcha-error")).isHidden();
        assertTrue(page.url().endsWith("/"), page.url());
        if (java.nio.file.Files.exists(Axe.SCRIPT)) {
            assertEquals(List.of(), Axe.violations(page, "login with format errors"));
        }
        assertEquals(0, requests.get(), "nothing was sent");
        assertTrue(http.get("/dev/outbox.json").body().equals("[]"));
    }

    /** Journey 3: the link in the same browser opens the portal; logging out ends the session. */
    @Test
    void linkInTheSameBrowser_opensThePortal_andLogOutEndsIt() {
        Page page = requestLink(chrome, "login");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("check-email")).setFullPage(true));
        assertTrue(page.context().cookies().stream().anyMatch(c -> c.name.equals("__Host-sx-bind") && c.httpOnly
                && c.secure), "the browser holds the HttpOnly binding cookie");
        page.navigate(portal.url() + "/dev/outbox");
        assertThat(page.locator("article h2").first()).hasText("Your sign-in link for Secure Exchanges");
        assertThat(page.locator("article pre").first()).containsText("Use Secure Exchanges online.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("outbox")).setFullPage(true));
        page.locator("article a[href*='/login/redeem#t=']").first().click();
        page.waitForURL("**/portal");
        assertThat(page.locator("#user-email")).hasText(DemoData.ADMIN_EMAIL);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log out"))).isVisible();
        assertEquals(-1, page.url().indexOf("#t="), "the token left the address bar");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("portal")).setFullPage(true));

        page.locator("#logout").click();
        page.waitForURL(portal.url() + "/");
        page.navigate(portal.url() + "/portal");
        page.waitForURL(portal.url() + "/?next=%2Fportal");
    }

    /** Journey 4: another browser gets Error 2, and the link still works where it was asked for. */
    @Test
    void linkInAnotherBrowser_isError2_andStillWorksInTheFirst() {
        Page first = requestLink(chrome, null);
        String link = linkFromOutbox();

        Page other = edge.newPage();
        other.navigate(link);
        assertThat(other.locator("#denied")).isVisible();
        assertThat(other.locator("h1")).hasText("This link works only in the browser that asked for it");
        assertThat(other.locator("#denied")).containsText("Access denied. Error 2.");
        assertThat(other.locator("#denied")).containsText("The link still works in the browser that asked for it");
        assertThat(other.locator("#again")).hasText("Log in again");
        other.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("error-2")).setFullPage(true));

        first.navigate(link);
        first.waitForURL("**/portal");
        assertThat(first.locator("#user-email")).hasText(DemoData.ADMIN_EMAIL);
        other.locator("#again").click();
        other.waitForURL(portal.url() + "/");
    }

    /** Journey 5: a used link and an expired link each say so, with "Log in again". */
    @Test
    void usedAndExpiredLinks_sayTheyCannotBeUsed() {
        Page page = requestLink(chrome, null);
        String link = linkFromOutbox();
        page.navigate(link);
        page.waitForURL("**/portal");
        Page again = chrome.newPage();
        again.navigate(link);
        assertThat(again.locator("#invalid")).isVisible();
        assertThat(again.locator("#invalid")).containsText("This login link can no longer be used.");
        assertThat(again.locator("#again")).isVisible();
        again.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("link-used")).setFullPage(true));

        portal.clock.advance(Duration.ofMinutes(1));
        Page second = requestLink(chrome, null);
        String expired = linkFromOutbox();
        assertNotEquals(link, expired);
        portal.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        second.navigate(expired);
        assertThat(second.locator("#invalid")).isVisible();
        assertThat(second.locator("#again")).hasAttribute("href", Pattern.compile("^/$"));
    }
}
