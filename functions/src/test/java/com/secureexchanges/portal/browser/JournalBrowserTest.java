package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** SPEC E3 in real Chromium: "My journal" on My account, in the user's time zone and date culture, EN and FR. */
class JournalBrowserTest extends BrowserJourney {

    private static Locator rows(Page page) {
        return page.locator("#journal-rows tr");
    }

    /** The cells of a row after its date: event, by, result, browser, IP address. */
    private static Locator cell(Page page, int row, int column) {
        return rows(page).nth(row).locator("td").nth(column);
    }

    /** The clock time of {@code at} as {@code pattern} shows it in {@code zone}, e.g. "5:00:00" in Toronto. */
    private static String clockTime(Instant at, String zone, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(ZonedDateTime.ofInstant(at, ZoneId.of(zone)));
    }

    @Test
    void myJournal_showsTheLogin_inMyTimeZone_inEnglishAndFrench_andThenMyProfileChange() {
        Axe.assumePresent();
        Page page = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, null);
        String link = LoginPage.linkFromOutbox(portal, http);
        BrowserContext other = CHROMIUM.newBrowser();
        Page elsewhere = other.newPage();
        elsewhere.navigate(link);
        assertThat(elsewhere.locator("#denied")).isVisible();
        other.close();
        page.navigate(link);
        page.waitForURL("**/portal");
        assertThat(page.locator("#organization-label")).hasText("Organization");
        assertThat(page.locator("#organization")).hasText(DemoData.ACCOUNT_NAME);
        page.locator("#account-link").click();
        page.waitForURL("**/account");

        assertThat(page.locator("#journal-heading")).hasText("My journal");
        assertThat(page.locator("#journal-caption")).hasText("Events of my account, newest first");
        assertThat(rows(page)).hasCount(4);
        assertThat(cell(page, 0, 0)).hasText("Login succeeded");
        assertThat(cell(page, 0, 1)).hasText("You");
        assertThat(cell(page, 0, 2)).hasText("Success");
        assertThat(cell(page, 0, 3)).containsText("Chrome");
        assertThat(cell(page, 0, 4)).not().isEmpty();
        assertThat(cell(page, 1, 0)).hasText("Login denied");
        assertThat(cell(page, 1, 1)).hasText("Someone (not signed in)");
        assertThat(cell(page, 1, 2)).containsText("Failure");
        assertThat(cell(page, 1, 2).locator("li")).hasText("Link opened in another browser (Error 2)");
        assertThat(cell(page, 2, 0)).hasText("Login link sent");
        assertThat(cell(page, 2, 1)).hasText("Someone (not signed in)");
        assertThat(cell(page, 3, 0)).hasText("Login requested");
        assertThat(page.locator("#journal-status")).hasText("Events shown: 4. There are no older events.");
        assertThat(page.locator("#journal-more")).isHidden();

        // The demo administrator reads dates as en-CA in America/Toronto; the portal's clock is at 10:00 UTC.
        Locator time = rows(page).first().locator("time");
        Instant at = Instant.parse(time.getAttribute("datetime"));
        assertEquals(portal.clock.instant(), at);
        assertThat(page.locator("#journal-zone")).hasText("America/Toronto");
        assertThat(time).containsText(clockTime(at, "America/Toronto", "h:mm:ss"));
        assertThat(time).containsText(clockTime(at, "America/Toronto", "yyyy"));
        String toronto = time.textContent();
        assertTrue(toronto.contains("a.m.") || toronto.contains("p.m."), "en-CA shows a 12-hour clock: " + toronto);
        axe(page, "my journal");

        // Signed in, the switcher changes the profile's language (issue 13, item 6): that is an event too.
        page.locator("#lang-switch").click();
        assertThat(page.locator("#journal-heading")).hasText("Mon journal");
        assertThat(page.locator("#journal thead th").first()).hasText("Date et heure");
        assertThat(rows(page)).hasCount(5);
        assertThat(cell(page, 0, 0)).containsText("Profil modifié");
        assertThat(cell(page, 0, 0).locator("li")).hasText("Langue : anglais → français");
        assertThat(cell(page, 1, 0)).hasText("Connexion réussie");
        assertThat(cell(page, 1, 1)).hasText("Vous");
        assertThat(cell(page, 1, 2)).hasText("Réussite");
        assertThat(cell(page, 2, 0)).hasText("Connexion refusée");
        assertThat(cell(page, 2, 2)).containsText("Échec");
        assertThat(cell(page, 2, 2).locator("li")).hasText("Lien ouvert dans un autre navigateur (erreur 2)");
        assertThat(cell(page, 3, 0)).hasText("Lien de connexion envoyé");
        assertThat(cell(page, 3, 1)).hasText("Quelqu’un (non connecté)");
        assertThat(cell(page, 4, 0)).hasText("Connexion demandée");
        assertThat(page.locator("#journal-status"))
                .hasText("Événements affichés : 5. Il n’y a pas d’événements plus anciens.");
        // The date culture is the user's setting, not the page's language.
        assertThat(rows(page).nth(1).locator("time")).hasText(toronto);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journal-fr")).setFullPage(true));
        axe(page, "my journal in French");
        page.locator("#lang-switch").click();
        assertThat(page.locator("#journal-heading")).hasText("My journal");
        assertThat(rows(page)).hasCount(6);

        page.getByLabel("First name").fill("Augusta");
        page.getByLabel("Time zone").selectOption("Asia/Tokyo");
        page.getByLabel("Date format culture").selectOption("en-GB");
        page.locator("#save").click();
        assertThat(page.locator("#status")).hasText("Your changes were saved.");
        assertThat(rows(page)).hasCount(7);
        assertThat(cell(page, 0, 0)).containsText("Profile changed");

        page.reload();
        assertThat(rows(page)).hasCount(7);
        assertThat(cell(page, 0, 0).locator("li")).hasText(new String[] {"First name: Ada → Augusta",
            "Time zone: America/Toronto → Asia/Tokyo", "Date format culture: en-CA → en-GB"});
        assertThat(cell(page, 0, 1)).hasText("You");
        assertThat(cell(page, 0, 2)).hasText("Success");
        assertThat(cell(page, 1, 0)).containsText("Profile changed");
        assertThat(cell(page, 3, 0)).hasText("Login succeeded");
        assertThat(page.locator("#journal-zone")).hasText("Asia/Tokyo");
        for (int row = 0; row < 7; row++) {
            assertThat(rows(page).nth(row).locator("time")).containsText(clockTime(at, "Asia/Tokyo", "HH:mm:ss"));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journal")).setFullPage(true));
        page.locator("#journal-section").screenshot(new Locator.ScreenshotOptions().setPath(Chromium.screenshot("my-journal")));
        axe(page, "my journal with a profile change");
        assertEquals(List.of(), violations);
    }

    @Test
    void showMore_appendsTheOlderPage_untilThereIsNone() {
        Axe.assumePresent();
        Page page = signIn(DemoData.ADMIN_EMAIL);
        // 52 profile changes, through the API the page itself calls, on top of the 3 events of the login.
        page.evaluate("async (count) => { for (let i = 0; i < count; i++) { await fetch('/api/me', {method: 'PUT',"
                + " headers: {'Content-Type': 'application/json', 'X-Portal-Request': '1'}, body: JSON.stringify("
                + "{firstName: 'Ada' + i, lastName: 'Admin', language: 'en', timeZone: 'America/Toronto',"
                + " dateCulture: 'en-CA'})}); } }", 52);
        page.locator("#account-link").click();
        page.waitForURL("**/account");

        assertThat(rows(page)).hasCount(50);
        assertThat(cell(page, 0, 0).locator("li")).hasText("First name: Ada50 → Ada51");
        assertThat(page.locator("#journal-status")).hasText("Events shown: 50.");
        assertThat(page.locator("#journal-more")).isVisible();
        axe(page, "my journal with Show more");

        page.locator("#journal-more").click();
        assertThat(rows(page)).hasCount(55);
        assertThat(page.locator("#journal-more")).isHidden();
        assertThat(page.locator("#journal-status")).hasText("Events shown: 55. There are no older events.");
        assertThat(cell(page, 50, 0).locator("li")).hasText("First name: Ada0 → Ada1");
        assertThat(cell(page, 51, 0).locator("li")).hasText("First name: Ada → Ada0");
        assertThat(cell(page, 54, 0)).hasText("Login requested");
        assertEquals(true, page.evaluate(
                "() => document.activeElement === document.querySelectorAll('#journal-rows tr')[50]"),
                "focus moves from the vanished button to the first row it brought");
        assertEquals(List.of(), violations);
    }
}
