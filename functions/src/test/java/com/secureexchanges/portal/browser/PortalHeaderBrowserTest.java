package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.secureexchanges.portal.devserver.DemoData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 8: every signed-in page has a header with the person's name, the sections they may use and
 * "Log out"; the portal's home offers those sections; the site has a favicon and a real "Page not found";
 * the login page says what to do when the email does not come (and "Check your email" what item 3 says).
 */
class PortalHeaderBrowserTest extends BrowserJourney {

    private static Locator nav(Page page) {
        return page.locator("header nav");
    }

    @Test
    void administrator_seesEverySection_inTheHeaderAndOnTheHome_onEveryPage() {
        Page page = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, null);
        // Item 3's text on "Check your email".
        assertThat(page.locator("body")).containsText("Each new request from this browser replaces the link it asked"
                + " for before: only the newest one works.");
        assertThat(page.locator("body")).containsText("if it has not come after a few minutes, look in your spam or"
                + " junk folder.");
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL("**/portal");

        assertThat(nav(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK))
                .hasText(new String[] {"My account", "Users", "Domains", "Licences"});
        assertThat(nav(page)).hasAttribute("aria-label", "Sections of the portal");
        assertThat(page.locator("#person-name")).hasText("Ada Admin");
        assertThat(page.locator("#sections h3")).hasText(new String[] {"My account", "User Management",
            "Organizational domain management", "Management of licenses and Purchases"});
        assertThat(page.locator("#sections")).containsText("Prove that your organization owns its email domains");
        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/favicon.svg");
        screenshot(page, "portal-home");
        axe(page, "portal home, administrator");

        for (String[] section : new String[][] {{"Users", "/users", "User Management"},
            {"Domains", "/domains", "Organizational domain management"},
            {"Licences", "/licenses", "Management of licenses and Purchases"}, {"My account", "/account", "My account"}}) {
            nav(page).getByText(section[0], new Locator.GetByTextOptions().setExact(true)).click();
            page.waitForURL(portal.url() + section[1]);
            assertThat(page.locator("h1")).hasText(section[2]);
            assertThat(nav(page).locator("[aria-current=page]")).hasText(section[0]);
            assertThat(page.locator("#person-name")).hasText("Ada Admin");
            axe(page, section[1] + " with the header");
        }
        page.getByLabel("First name").fill("Augusta");
        page.locator("#save").click();
        assertThat(page.locator("#person-name")).hasText("Augusta Admin");

        page.navigate(portal.url() + "/users/import");
        assertThat(nav(page).locator("[aria-current=page]")).hasText("Users");

        page.locator("header #logout").click();
        page.waitForURL(portal.url() + "/");
        assertEquals(List.of(), violations);
    }

    @Test
    void standardUser_seesOnlyTheirSections() {
        Page page = signInAsStandardUser();
        assertThat(nav(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK)).hasText(new String[] {"My account"});
        assertThat(page.locator("#person-name")).hasText("Bob Standard");
        assertThat(page.locator("#sections h3")).hasText(new String[] {"My account"});
        page.locator("#lang-switch").click();
        assertThat(nav(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK)).hasText(new String[] {"Mon compte"});
        assertThat(page.locator("#sections h3")).hasText(new String[] {"Mon compte"});
        assertThat(page.locator("header #logout")).hasText("Se déconnecter");
        assertThat(nav(page)).hasAttribute("aria-label", "Sections du portail");
        axe(page, "portal home, standard user, in French");
        assertEquals(List.of(), violations);
    }

    @Test
    void unknownAddress_isPageNotFound_andTheLoginPageHelpsWhenNoEmailComes() {
        Page page = context.newPage();
        Response response = page.navigate(portal.url() + "/no-such-page");
        assertEquals(404, response.status());
        assertThat(page.locator("h1")).hasText("Page not found");
        assertEquals("Page not found — Secure Exchanges", page.title());
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Go to the online portal"))).isVisible();
        axe(page, "page not found");
        assertEquals(200, http.get("/favicon.svg").statusCode());

        page.navigate(portal.url() + "/");
        LoginPage.waitForCaptcha(page);
        Locator help = page.locator("details.help");
        assertThat(help.locator("summary")).hasText("Didn’t get the email?");
        assertThat(help.locator("li").first()).isHidden();
        help.locator("summary").click();
        assertThat(help.locator("li")).hasCount(5);
        assertThat(help).containsText("Look in your spam or junk folder too.");
        axe(page, "login, with its help open");
        screenshot(page, "login-help");
        assertEquals(List.of(), violations);
    }
}
