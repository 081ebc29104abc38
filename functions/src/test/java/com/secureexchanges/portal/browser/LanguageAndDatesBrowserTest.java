package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 6: the language saved on My account translates the page at once (its title too) and is
 * the profile's, so it follows the person to another browser; dates and times follow the profile's time
 * zone and date culture, whatever the page's language.
 */
class LanguageAndDatesBrowserTest extends BrowserJourney {

    @Test
    void savedLanguage_translatesAtOnce_andFollowsToAnotherBrowser_andDatesFollowTheProfile() {
        Page page = signInAsStandardUser();
        assertEquals("Online portal — Secure Exchanges", page.title());
        page.locator("#account-link").click();
        page.waitForURL("**/account");
        assertThat(page.locator("#account-form")).isVisible();
        assertEquals("My account — Secure Exchanges", page.title());

        page.getByLabel("Language").selectOption("fr");
        page.getByLabel("Time zone").selectOption("Europe/Paris");
        page.getByLabel("Date format culture").selectOption("fr-FR");
        page.locator("#save").click();
        assertThat(page.locator("#status")).hasText("Vos modifications ont été enregistrées.");
        assertThat(page.locator("h1")).hasText("Mon compte");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertEquals("Mon compte — Secure Exchanges", page.title());
        String paris = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ROOT)
                .format(portal.clock.instant().atZone(ZoneId.of("Europe/Paris")));
        assertThat(page.locator("#sessions li").first()).containsText(paris);
        axe(page, "my account, just saved in French");

        BrowserContext other = CHROMIUM.newBrowser();
        Page elsewhere = LoginPage.requestLink(other, portal, "bob@example.com", null);
        elsewhere.navigate(LoginPage.linkFromOutbox(portal, http));
        elsewhere.waitForURL("**/portal");
        assertThat(elsewhere.locator("h1")).hasText("Portail en ligne");
        assertEquals("Portail en ligne — Secure Exchanges", elsewhere.title());

        // Signed in, the switcher changes the profile's language: the first browser follows at its next page.
        elsewhere.locator("#lang-switch").click();
        assertThat(elsewhere.locator("h1")).hasText("Online portal");
        page.reload();
        assertThat(page.locator("h1")).hasText("My account");
        assertThat(page.getByLabel("Language")).hasValue("en");
        other.close();
        assertEquals(List.of(), violations);
    }
}
