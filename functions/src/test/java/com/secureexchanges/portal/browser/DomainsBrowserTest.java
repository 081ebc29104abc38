package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.secureexchanges.portal.devserver.DemoData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * SPEC U4 in real Chromium: "Organizational domain management" for the demo administrator — add a domain,
 * publish its TXT record on the portal's own DNS server, "Verify" before and after, add a user at the
 * domain; a public domain refused; "Remove" with its confirmation; nothing of it for a standard user;
 * keyboard only for add and verify, and axe-clean in EN and FR.
 */
class DomainsBrowserTest extends BrowserJourney {

    private static final String RECORD_NOT_FOUND = "The TXT record was not found. Check its name and value, wait a "
            + "few minutes for DNS to update, then verify again.";
    private static final String PUBLIC_DOMAIN =
            "This is a public mail service or a public suffix: it cannot belong to one organization.";
    private static final String RECORD_NAME = "_secure-exchanges-challenge.acme-corp.ca";

    /** From the portal's link, as an administrator finds it. */
    private static void openDomainManagement(Page page) {
        assertThat(page.locator("#domains-link")).hasText("Organizational domain management");
        page.locator("#domains-link").click();
        page.waitForURL("**/domains");
        assertThat(page.locator("h1")).hasText("Organizational domain management");
        assertThat(row(page, DemoData.APPROVED_DOMAIN)).isVisible();
    }

    private static Locator rows(Page page) {
        return page.locator("#domain-rows tr");
    }

    private static Locator row(Page page, String domain) {
        return page.locator("#domain-rows tr[data-domain=\"" + domain + "\"]");
    }

    /** The cells of a domain's row after its name: status, verified on, actions. */
    private static Locator cell(Page page, String domain, int column) {
        return row(page, domain).locator("td").nth(column);
    }

    private static Locator button(Page page, String domain, String action) {
        return row(page, domain).locator("button[data-action=\"" + action + "\"]");
    }

    /** Presses Tab, as a keyboard user does, until {@code target} has focus; fails if it never gets it. */
    private static void tabTo(Page page, Locator target) {
        for (int presses = 0; presses < 40; presses++) {
            if (Boolean.TRUE.equals(target.evaluate("element => element === document.activeElement"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reaches " + target);
    }

    private static String clipboard(Page page) {
        return (String) page.evaluate("() => navigator.clipboard.readText()");
    }

    private static String clockTime(Instant at, String zone) {
        return DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(at.atZone(ZoneId.of(zone)));
    }

    @Test
    void administrator_addsADomain_andVerifiesItInDns_byKeyboardOnly_thenAddsAUserAtIt() {
        Axe.assumePresent();
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Page page = signIn(DemoData.ADMIN_EMAIL);
        // Dates in the person's own time zone and culture, set on My account.
        page.locator("#account-link").click();
        page.getByLabel("Time zone").selectOption("Asia/Tokyo");
        page.getByLabel("Date format culture").selectOption("en-GB");
        page.locator("#save").click();
        assertThat(page.locator("#status")).hasText("Your changes were saved.");
        page.locator("a[href='/portal']").click();
        openDomainManagement(page);
        assertThat(rows(page)).hasCount(1);
        assertThat(cell(page, DemoData.APPROVED_DOMAIN, 0)).hasText("Verified");
        assertThat(cell(page, DemoData.APPROVED_DOMAIN, 1).locator("time")).isVisible();
        axe(page, "list");

        // Add a domain, keyboard only: the record to publish appears and takes focus.
        tabTo(page, page.getByLabel("Domain name"));
        page.keyboard().type("Acme-Corp.CA");
        page.keyboard().press("Enter");
        assertThat(page.locator("#add-status"))
                .hasText("Domain added: acme-corp.ca. Publish its TXT record below, then verify it.");
        assertThat(page.locator("#record-heading")).isFocused();
        assertThat(page.locator("#record-heading")).hasText("TXT record for acme-corp.ca");
        assertThat(page.locator("#record-name")).hasText(RECORD_NAME);
        assertThat(page.locator("#record-type")).hasText("TXT");
        String value = page.locator("#record-value").textContent();
        assertTrue(value.matches("secure-exchanges-verification=[a-z2-7]{26}"), value);
        assertThat(page.locator("#record")).containsText("DNS changes can take from a few minutes to a few hours");
        assertThat(page.locator("#host-hint")).hasText("Some DNS providers add your domain to the name themselves: "
                + "with those, enter only _secure-exchanges-challenge.");
        assertThat(page.locator("#record-state")).hasText("Status: pending verification. No user can be added at "
                + "this domain until it is verified.");
        assertThat(page.getByLabel("Domain name")).hasValue("");
        assertThat(cell(page, "acme-corp.ca", 0)).hasText("Pending verification");
        assertThat(cell(page, "acme-corp.ca", 1)).hasText("Not yet");

        tabTo(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Copy the record name")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#copy-status")).hasText("The name was copied.");
        assertEquals(RECORD_NAME, clipboard(page));
        tabTo(page, page.locator("#copy-value"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#copy-status")).hasText("The value was copied.");
        assertEquals(value, clipboard(page));
        axe(page, "record to publish");

        // Verify before anything is published: not found, and nothing seen there.
        tabTo(page, page.locator("#verify"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#verify-status")).hasText(RECORD_NOT_FOUND);
        assertThat(page.locator("#seen-intro")).hasText("No TXT value was found at this name.");
        assertThat(page.locator("#verify")).isFocused();

        // A typo in the published value: the values seen are shown, and the record to publish stays.
        String typo = value.substring(0, value.length() - 1);
        portal.dns.publish(RECORD_NAME, "v=spf1 -all");
        portal.dns.publish(RECORD_NAME, typo);
        page.keyboard().press("Enter");
        assertThat(page.locator("#seen-intro"))
                .hasText("TXT values found at this name (compare them with the value above):");
        assertThat(page.locator("#seen-values li")).hasText(new String[] {"v=spf1 -all", typo});
        assertThat(page.locator("#verify-status")).hasText(RECORD_NOT_FOUND);
        assertThat(page.locator("#record-value")).hasText(value);
        assertThat(page.locator("#verify")).isFocused();
        assertThat(cell(page, "acme-corp.ca", 0)).hasText("Pending verification");
        screenshot(page, "domains-record-not-found");
        axe(page, "record not found, values seen");

        // The right value: verified, in the table too, on the person's clock.
        portal.dns.unpublish(RECORD_NAME);
        portal.dns.publish(RECORD_NAME, value);
        page.keyboard().press("Enter");
        assertThat(page.locator("#verify-status"))
                .hasText("acme-corp.ca is verified. You can now add users at this domain.");
        assertThat(page.locator("#seen")).isHidden();
        assertThat(page.locator("#verify")).isFocused();
        assertThat(cell(page, "acme-corp.ca", 0)).hasText("Verified");
        Locator verifiedAt = cell(page, "acme-corp.ca", 1).locator("time");
        Instant at = Instant.parse(verifiedAt.getAttribute("datetime"));
        assertTrue(Math.abs(Duration.between(at, portal.clock.instant()).toSeconds()) < 60, at.toString());
        assertThat(verifiedAt).containsText(clockTime(at, "Asia/Tokyo"));
        assertThat(page.locator("#record-state")).containsText("Status: verified on ");
        assertThat(page.locator("#record-state")).containsText(clockTime(at, "Asia/Tokyo"));
        screenshot(page, "domains-verified");
        axe(page, "verified");

        // The domain is the account's: a user can be added at it.
        page.locator("a[href='/portal']").click();
        page.locator("#users-link").click();
        page.waitForURL("**/users");
        page.locator("#add-open").click();
        page.locator("#add-email").fill("pat@acme-corp.ca");
        page.locator("#add-first-name").fill("Pat");
        page.locator("#add-last-name").fill("Person");
        page.locator("#add-submit").click();
        assertThat(page.locator("#status"))
                .hasText("User added: Pat Person (pat@acme-corp.ca). They received an email explaining how to log in.");
        assertThat(page.locator("#user-rows tr").filter(new Locator.FilterOptions().setHasText("pat@acme-corp.ca")))
                .hasCount(1);
        assertEquals(List.of(), violations);
    }

    @Test
    void fromAnUnapprovedAddress_toThePage_thenAPublicDomainIsRefused_andAPendingOneRemoved_inEnglishAndFrench() {
        Axe.assumePresent();
        Page page = signIn(DemoData.ADMIN_EMAIL);

        // "Add a user" at an unapproved domain leads here.
        page.locator("#users-link").click();
        page.waitForURL("**/users");
        page.locator("#add-open").click();
        assertThat(page.locator("#add-domain-help")).isHidden();
        page.locator("#add-email").fill("dana@acme-corp.ca");
        page.locator("#add-first-name").fill("Dana");
        page.locator("#add-last-name").fill("Person");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-status")).containsText("The domain of this address is not approved");
        assertThat(page.locator("#add-domain-help a"))
                .hasText("Approve the domain in Organizational domain management");
        axe(page, "users: add at an unapproved domain");
        page.locator("#add-domain-help a").click();
        page.waitForURL("**/domains");
        assertThat(page.locator("h1")).hasText("Organizational domain management");
        assertThat(row(page, DemoData.APPROVED_DOMAIN)).isVisible();

        // A public mail domain can never be claimed: the server's text, on the field.
        page.getByLabel("Domain name").fill("gmail.com");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-status")).hasText(PUBLIC_DOMAIN);
        assertThat(page.getByLabel("Domain name")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Domain name")).isFocused();
        assertThat(row(page, "gmail.com")).hasCount(0);
        assertThat(page.locator("#record")).isHidden();
        axe(page, "public domain refused");

        // Remove a pending domain: the confirmation names it, Cancel keeps it.
        page.getByLabel("Domain name").fill("old-name.ca");
        page.locator("#add-submit").click();
        assertThat(page.locator("#record-heading")).hasText("TXT record for old-name.ca");
        assertThat(page.getByLabel("Domain name")).not().hasAttribute("aria-invalid", "true");
        assertThat(rows(page)).hasCount(2);
        button(page, "old-name.ca", "remove").click();
        assertThat(page.locator("#remove-dialog")).isVisible();
        assertThat(page.locator("#remove-question")).hasText("Remove old-name.ca from your organization? No new users "
                + "can be added at this domain afterwards.");
        assertThat(page.locator("#remove-verified")).isHidden();
        assertThat(page.locator("#remove-cancel")).isFocused();
        screenshot(page, "domains-remove");
        axe(page, "remove confirmation");
        page.keyboard().press("Escape");
        assertThat(page.locator("#remove-dialog")).isHidden();
        assertThat(button(page, "old-name.ca", "remove")).isFocused();
        assertThat(rows(page)).hasCount(2);

        button(page, "old-name.ca", "remove").click();
        page.locator("#remove-submit").click();
        assertThat(page.locator("#remove-dialog")).isHidden();
        assertThat(page.locator("#status")).hasText("Removed: old-name.ca. No new users can be added at it.");
        assertThat(row(page, "old-name.ca")).hasCount(0);
        assertThat(page.locator("#record")).isHidden();
        assertThat(page.locator("#domains-heading")).isFocused();
        page.reload();
        assertThat(row(page, DemoData.APPROVED_DOMAIN)).isVisible();
        assertThat(row(page, "old-name.ca")).hasCount(0);

        // A verified domain needs a recent login to be removed.
        portal.clock.advance(Duration.ofMinutes(11));
        button(page, DemoData.APPROVED_DOMAIN, "remove").click();
        assertThat(page.locator("#remove-verified")).isVisible();
        page.locator("#remove-submit").click();
        assertThat(page.locator("#remove-status")).hasText("For your security, log in again (your last login was "
                + "more than 10 minutes ago) to do this.");
        assertThat(page.locator("#remove-dialog")).isVisible();
        axe(page, "remove a verified domain, login too old");
        page.locator("#remove-cancel").click();
        assertThat(row(page, DemoData.APPROVED_DOMAIN)).isVisible();

        // The same in French.
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Gestion des domaines de l’organisation");
        assertThat(cell(page, DemoData.APPROVED_DOMAIN, 0)).hasText("Vérifié");
        assertThat(button(page, DemoData.APPROVED_DOMAIN, "record")).containsText("Enregistrement TXT");
        page.getByLabel("Nom de domaine").fill("gmail.com");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-status")).hasText("C’est un service de messagerie public ou un suffixe public : "
                + "il ne peut appartenir à une seule organisation.");
        axe(page, "public domain refused, in French");
        button(page, DemoData.APPROVED_DOMAIN, "record").click();
        assertThat(page.locator("#record-heading")).hasText("Enregistrement TXT pour example.com");
        assertThat(page.locator("#record-heading")).isFocused();
        assertThat(page.locator("#record-state")).containsText("Statut : vérifié le ");
        page.locator("#verify").click();
        assertThat(page.locator("#verify-status")).hasText("L’enregistrement TXT est introuvable. Vérifiez son nom et "
                + "sa valeur, attendez quelques minutes la mise à jour du DNS, puis vérifiez de nouveau. "
                + "Le domaine reste vérifié.");
        assertThat(cell(page, DemoData.APPROVED_DOMAIN, 0)).hasText("Vérifié");
        screenshot(page, "domains-fr");
        axe(page, "record in French, not found");
        button(page, DemoData.APPROVED_DOMAIN, "remove").click();
        assertThat(page.locator("#remove-question")).hasText("Retirer example.com de votre organisation ? Aucun "
                + "nouvel utilisateur ne pourra ensuite être ajouté à ce domaine.");
        axe(page, "remove confirmation in French");
        assertEquals(List.of(), violations);
    }

    @Test
    void standardUser_seesNoLink_andNoAccess() {
        Axe.assumePresent();
        Page page = signInAsStandardUser();
        assertThat(page.locator("#domains-link")).isHidden();
        page.navigate(portal.url() + "/domains");
        assertThat(page.locator("#no-access h2"))
                .hasText("You do not have access to Organizational domain management.");
        assertThat(page.locator("#admin")).isHidden();
        assertThat(page.locator("#domain-rows tr")).hasCount(0);
        axe(page, "no access");
        page.locator("#lang-switch").click();
        assertThat(page.locator("#no-access h2"))
                .hasText("Vous n’avez pas accès à la gestion des domaines de l’organisation.");
        axe(page, "no access in French");
        assertEquals(List.of(), violations);
    }
}
