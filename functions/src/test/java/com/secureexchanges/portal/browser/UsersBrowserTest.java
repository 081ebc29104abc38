package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC U1, U3, U5, E2 in real Chromium: "User Management" for the demo administrator — the list, "Add a
 * user", "Edit user", suspend and reactivate, "Sign out everywhere", "Logs" with CSV and verification,
 * "Delete the User" — and nothing of it for a standard user; axe-clean in EN and FR.
 */
class UsersBrowserTest extends BrowserJourney {

    private static final String DOMAIN_NOT_APPROVED = "The domain of this address is not approved for your "
            + "organization. Approve it first, or use a public mail address.";
    private static final String LAST_ADMINISTRATOR =
            "Make sure to always keep at least one active administrator on the account.";

    /** From the portal's link, as an administrator finds it. */
    private static Page openUserManagement(Page page) {
        assertThat(page.locator("#users-link")).hasText("User Management");
        page.locator("#users-link").click();
        page.waitForURL("**/users");
        assertThat(page.locator("h1")).hasText("User Management");
        assertThat(rows(page).first()).isVisible();
        return page;
    }

    private static Locator rows(Page page) {
        return page.locator("#user-rows tr");
    }

    private static Locator row(Page page, String email) {
        return rows(page).filter(new Locator.FilterOptions().setHasText(email));
    }

    private static Locator button(Locator row, String action) {
        return row.locator("button[data-action=\"" + action + "\"]");
    }

    /** The cells of a user's row after the name: email, role, status, licence, 2FA, actions. */
    private static Locator cell(Page page, String email, int column) {
        return row(page, email).locator("td").nth(column);
    }

    private static Locator logRows(Page page) {
        return page.locator("#log-rows tr");
    }

    /** The row of the user's log whose event column starts with {@code type} (a plain label, no regex characters). */
    private static Locator logRow(Page page, String type) {
        return logRows(page).filter(new Locator.FilterOptions().setHas(
                page.locator("td:first-of-type", new Page.LocatorOptions().setHasText(Pattern.compile("^" + type)))));
    }

    /** Opens "Add a user" and fills it in; does not submit. */
    private static void fillAddForm(Page page, String email, String first, String last, String language, String role) {
        page.locator("#add-open").click();
        assertThat(page.locator("#add-dialog")).isVisible();
        assertThat(page.locator("#add-email")).isFocused();
        page.locator("#add-email").fill(email);
        page.locator("#add-first-name").fill(first);
        page.locator("#add-last-name").fill(last);
        page.locator("#add-language").selectOption(language);
        page.locator("#add-time-zone").selectOption("Europe/Paris");
        page.locator("#add-role").selectOption(role);
    }

    @Test
    void administrator_addsEditsSuspendsAndReadsTheLogsOfAUser_inEnglishAndFrench() throws IOException {
        Axe.assumePresent();
        Page page = openUserManagement(signIn(DemoData.ADMIN_EMAIL));
        assertThat(rows(page)).hasCount(1);
        assertThat(rows(page).first().locator("th")).hasText("Ada Admin (you)");
        assertThat(cell(page, DemoData.ADMIN_EMAIL, 1)).hasText("Administrator");
        assertThat(cell(page, DemoData.ADMIN_EMAIL, 2)).hasText("Active");
        assertThat(cell(page, DemoData.ADMIN_EMAIL, 3)).hasText("Pro");
        assertThat(cell(page, DemoData.ADMIN_EMAIL, 4)).hasText("Off");
        assertThat(page.locator("#list-status")).hasText("Users shown: 1. There are no more users.");
        axe(page, "list");

        // Add a user (U1): in French, on the approved domain.
        fillAddForm(page, "casey@example.com", "Casey", "Example", "fr", "standard");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-dialog")).isHidden();
        assertThat(page.locator("#status"))
                .hasText("User added: Casey Example (casey@example.com). They received an email explaining how to log in.");
        assertThat(rows(page)).hasCount(2);
        assertThat(row(page, "casey@example.com").locator("th")).hasText("Casey Example");
        assertThat(cell(page, "casey@example.com", 1)).hasText("Standard user");
        assertThat(page.locator("#add-open")).isFocused();

        // An unapproved domain: the server's domain_not_approved text, on the field it is about.
        fillAddForm(page, "dana@example.org", "Dana", "Elsewhere", "en", "standard");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-status")).hasText(DOMAIN_NOT_APPROVED);
        assertThat(page.locator("#add-email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#add-email")).isFocused();
        assertThat(page.locator("#add-dialog")).isVisible();
        screenshot(page, "users-add-error");
        axe(page, "add form with an error");
        page.locator("#add-dialog [data-close]").click();
        assertThat(page.locator("#add-dialog")).isHidden();
        assertThat(rows(page)).hasCount(2);

        // The last administrator cannot demote themselves: the server's last_administrator text.
        button(row(page, DemoData.ADMIN_EMAIL), "edit").click();
        assertThat(page.locator("#edit-dialog")).isVisible();
        assertThat(page.locator("#edit-who")).hasText("Ada Admin (admin@example.com)");
        page.locator("#edit-role").selectOption("standard");
        page.locator("#edit-submit").click();
        assertThat(page.locator("#edit-status")).hasText(LAST_ADMINISTRATOR);
        assertThat(page.locator("#edit-dialog")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("#edit-dialog")).isHidden();
        assertThat(cell(page, DemoData.ADMIN_EMAIL, 1)).hasText("Administrator");

        // Edit user (U3): rename and make administrator.
        button(row(page, "casey@example.com"), "edit").click();
        assertThat(page.locator("#edit-first-name")).hasValue("Casey");
        assertThat(page.locator("#edit-language")).hasValue("fr");
        assertThat(page.locator("#edit-time-zone")).hasValue("Europe/Paris");
        assertThat(page.locator("#edit-date-culture")).hasValue("fr-CA");
        assertThat(page.locator("#edit-role")).hasValue("standard");
        page.locator("#edit-first-name").fill("Cassie");
        page.locator("#edit-role").selectOption("administrator");
        screenshot(page, "users-edit");
        axe(page, "edit user");
        page.locator("#edit-submit").click();
        assertThat(page.locator("#edit-dialog")).isHidden();
        assertThat(page.locator("#status")).hasText("Changes saved for Cassie Example (casey@example.com).");
        assertThat(row(page, "casey@example.com").locator("th")).hasText("Cassie Example");
        assertThat(cell(page, "casey@example.com", 1)).hasText("Administrator");
        assertThat(button(row(page, "casey@example.com"), "edit")).isFocused();

        // Suspend, then reactivate; focus stays on the row's toggle.
        button(row(page, "casey@example.com"), "suspend").click();
        assertThat(cell(page, "casey@example.com", 2)).hasText("Suspended");
        assertThat(page.locator("#status")).containsText("Suspended: Cassie Example (casey@example.com).");
        assertThat(button(row(page, "casey@example.com"), "reactivate")).isFocused();
        button(row(page, "casey@example.com"), "reactivate").click();
        assertThat(cell(page, "casey@example.com", 2)).hasText("Active");
        assertThat(page.locator("#status")).containsText("Reactivated: Cassie Example (casey@example.com).");
        assertThat(button(row(page, "casey@example.com"), "suspend")).isFocused();
        button(row(page, "casey@example.com"), "sign-out").click();
        assertThat(page.locator("#status"))
                .hasText("Signed out everywhere: Cassie Example (casey@example.com). Sessions ended: 0.");

        // Logs (E2): every change above, by "You", newest first.
        assertThat(page.locator("#dates legend")).hasText("Event log export dates");
        button(row(page, "casey@example.com"), "logs").click();
        assertThat(page.locator("#logs")).isVisible();
        assertThat(page.locator("#logs-heading")).hasText("Logs of Cassie Example");
        assertThat(page.locator("#logs-heading")).isFocused();
        assertThat(page.locator("#logs-period")).hasText("Period: all dates.");
        assertThat(page.locator("#logs-status")).hasText("Events shown: 6. There are no older events.");
        assertThat(logRows(page).locator("td:first-of-type")).containsText(new String[] {"Sessions signed out",
            "User reactivated", "User suspended", "Role changed", "User edited", "User added"});
        assertThat(logRow(page, "User added").locator("td").nth(1)).hasText("You");
        assertThat(logRow(page, "User added").locator("li")).containsText(new String[] {
            "Email: casey@example.com", "First name: Casey", "Last name: Example", "Language: French",
            "Time zone: Europe/Paris", "Role: Standard user"});
        assertThat(logRow(page, "User edited").locator("li")).hasText("First name: Casey → Cassie");
        assertThat(logRow(page, "Role changed").locator("li")).hasText("Role: Standard user → Administrator");
        assertThat(logRow(page, "Role changed").locator("td").nth(1)).hasText("You");
        screenshot(page, "users-logs");
        axe(page, "logs");

        // Download CSV: the file of E2, and its export is itself an event.
        Download download = page.waitForDownload(() -> page.locator("#logs-download").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("seq,at,type,"), csv);
        assertTrue(csv.contains("role.changed") && csv.contains("user.added"), csv);
        assertTrue(download.suggestedFilename().endsWith(".csv"), download.suggestedFilename());
        assertThat(page.locator("#logs-check")).containsText("The CSV file was downloaded");
        assertThat(logRows(page)).hasCount(7);
        assertThat(logRows(page).first().locator("td").first()).containsText("Event log exported");

        page.locator("#logs-verify").click();
        assertThat(page.locator("#logs-check")).containsText("Valid: the log is intact (7 events). Chain head: ");

        // The dates narrow the period: the portal's day holds every event, the next day none.
        LocalDate today = LocalDate.ofInstant(portal.clock.instant(), ZoneOffset.UTC);
        page.locator("#from").fill(today.toString());
        page.locator("#to").fill(today.toString());
        button(row(page, "casey@example.com"), "logs").click();
        assertThat(page.locator("#logs-period")).hasText("Period: from " + today + " to " + today + " (UTC).");
        assertThat(logRows(page)).hasCount(7);
        page.locator("#from").fill(today.plusDays(1).toString());
        page.locator("#to").fill(today.plusDays(1).toString());
        button(row(page, "casey@example.com"), "logs").click();
        assertThat(page.locator("#logs-status")).hasText("No events in this period.");
        assertThat(page.locator("#logs-scroll")).isHidden();
        page.locator("#from").fill("");
        page.locator("#to").fill("");

        // The same states in French.
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Gestion des utilisateurs");
        assertThat(rows(page)).hasCount(2);
        assertThat(cell(page, "casey@example.com", 1)).hasText("Administrateur");
        assertThat(cell(page, "casey@example.com", 2)).hasText("Actif");
        assertThat(cell(page, "casey@example.com", 3)).hasText("Aucune");
        assertThat(button(row(page, "casey@example.com"), "delete")).containsText("Supprimer l’utilisateur");
        assertThat(page.locator("#dates legend")).hasText("Dates d’exportation du journal des événements");
        screenshot(page, "users-fr");
        axe(page, "list in French");

        fillAddForm(page, "dana@example.org", "Dana", "Ailleurs", "fr", "standard");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-status")).hasText("Le domaine de cette adresse n’est pas approuvé pour votre "
                + "organisation. Approuvez-le d’abord, ou utilisez une adresse de messagerie publique.");
        axe(page, "add form with an error in French");
        page.keyboard().press("Escape");

        button(row(page, "casey@example.com"), "edit").click();
        // Open first (the heading has its text before the dialog shows): an Escape pressed sooner is lost.
        assertThat(page.locator("#edit-dialog")).isVisible();
        assertThat(page.locator("#edit-heading")).hasText("Modifier l’utilisateur");
        axe(page, "edit user in French");
        page.keyboard().press("Escape");
        assertThat(page.locator("#edit-dialog")).isHidden();

        button(row(page, "casey@example.com"), "logs").click();
        assertThat(page.locator("#logs-heading")).hasText("Journaux de Cassie Example");
        assertThat(logRow(page, "Rôle modifié").locator("li")).hasText("Rôle : Utilisateur standard → Administrateur");
        assertThat(logRow(page, "Rôle modifié").locator("td").nth(1)).hasText("Vous");
        page.locator("#logs-verify").click();
        assertThat(page.locator("#logs-check")).containsText("Valide : le journal est intact (7 événements).");
        screenshot(page, "users-logs-fr");
        axe(page, "logs in French");
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("User Management");

        assertEquals(List.of(), violations);
    }

    @Test
    void searchSortAndShowMore_pageThroughTheUsers() {
        Axe.assumePresent();
        Page page = signIn(DemoData.ADMIN_EMAIL);
        // 51 users, through the API the page itself calls: 52 with the administrator, one more than a page.
        page.evaluate("async (count) => { for (let i = 0; i < count; i++) { const n = String(i).padStart(2, '0');"
                + " const r = await fetch('/api/users', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'X-Portal-Request': '1'}, body: JSON.stringify({email: 'user' + n + '@example.com',"
                + " firstName: 'Zed' + n, lastName: 'Member', language: 'en', timeZone: 'America/Toronto',"
                + " role: 'standard'})}); if (r.status !== 201) throw new Error('add ' + n + ': ' + r.status); } }", 51);
        openUserManagement(page);

        assertThat(rows(page)).hasCount(50);
        assertThat(page.locator("#list-status")).hasText("Users shown: 50.");
        assertThat(rows(page).first().locator("th")).hasText("Ada Admin (you)");
        assertThat(page.locator("#users-more")).isVisible();
        page.locator("#users-more").click();
        assertThat(rows(page)).hasCount(52);
        assertThat(page.locator("#users-more")).isHidden();
        assertThat(page.locator("#list-status")).hasText("Users shown: 52. There are no more users.");
        assertEquals(true, page.evaluate("() => document.activeElement === document.querySelectorAll('#user-rows tr')[50]"),
                "focus moves from the vanished button to the first row it brought");

        page.locator("#sort").selectOption("email");
        assertThat(rows(page)).hasCount(50);
        assertThat(rows(page).first().locator("td").first()).hasText(DemoData.ADMIN_EMAIL);
        assertThat(rows(page).nth(1).locator("td").first()).hasText("user00@example.com");

        page.getByLabel("Search users").fill("zed07");
        page.locator("#search-submit").click();
        assertThat(rows(page)).hasCount(1);
        assertThat(rows(page).first().locator("th")).hasText("Zed07 Member");
        assertThat(page.locator("#list-status")).hasText("Users shown: 1. There are no more users.");

        page.getByLabel("Search users").fill("nobody-by-that-name");
        page.locator("#search-submit").click();
        assertThat(page.locator("#list-status")).hasText("No user matches this search.");
        assertThat(page.locator("#users-scroll")).isHidden();
        axe(page, "list, no match");
        assertEquals(List.of(), violations);
    }

    @Test
    void standardUser_seesNoLink_andNoAccess() {
        Axe.assumePresent();
        Page page = signInAsStandardUser();
        assertThat(page.locator("#users-link")).isHidden();
        assertEquals(403.0, ((Number) page.evaluate("async () => (await fetch('/api/users', {headers: "
                + "{'X-Portal-Request': '1'}})).status")).doubleValue(), "the API refuses a standard user");
        page.navigate(portal.url() + "/users");
        assertThat(page.locator("#no-access")).isVisible();
        assertThat(page.locator("#no-access h2")).hasText("You do not have access to User Management.");
        assertThat(page.locator("#admin")).isHidden();
        screenshot(page, "users-no-access");
        axe(page, "no access");
        page.locator("#lang-switch").click();
        assertThat(page.locator("#no-access h2")).hasText("Vous n’avez pas accès à la gestion des utilisateurs.");
        axe(page, "no access in French");
        assertEquals(List.of(), violations);
    }

    @Test
    void deleteTheUser_namesThePerson_thenTheyAreGone_andTheLastAdministratorStays() {
        Axe.assumePresent();
        addStandardUserBob();
        portal.clock.advance(java.time.Duration.ofMinutes(1));

        Page page = openUserManagement(signIn(DemoData.ADMIN_EMAIL));
        assertThat(rows(page)).hasCount(2);

        // Cancel keeps them.
        button(row(page, "bob@example.com"), "delete").click();
        assertThat(page.locator("#delete-dialog")).isVisible();
        assertThat(page.locator("#delete-question")).hasText("Delete Bob Standard (bob@example.com)? Their events are kept.");
        assertThat(page.locator("#delete-cancel")).isFocused();
        screenshot(page, "users-delete");
        axe(page, "delete confirmation");
        page.locator("#delete-cancel").click();
        assertThat(page.locator("#delete-dialog")).isHidden();
        assertThat(rows(page)).hasCount(2);

        // The last administrator cannot delete themselves.
        button(row(page, DemoData.ADMIN_EMAIL), "delete").click();
        assertThat(page.locator("#delete-question")).hasText("Delete Ada Admin (admin@example.com)? Their events are kept.");
        page.locator("#delete-submit").click();
        assertThat(page.locator("#delete-status")).hasText(LAST_ADMINISTRATOR);
        axe(page, "delete confirmation with an error");
        page.locator("#delete-cancel").click();

        button(row(page, "bob@example.com"), "delete").click();
        page.locator("#delete-submit").click();
        assertThat(page.locator("#delete-dialog")).isHidden();
        assertThat(page.locator("#status")).hasText("Deleted: Bob Standard (bob@example.com). Their events are kept.");
        assertThat(rows(page)).hasCount(1);
        assertThat(row(page, "bob@example.com")).hasCount(0);
        assertThat(page.locator("#list-status")).hasText("Users shown: 1. There are no more users.");
        assertThat(page.locator("#users-heading")).isFocused();
        page.reload();
        assertThat(rows(page)).hasCount(1);
        assertThat(row(page, "bob@example.com")).hasCount(0);

        page.locator("#lang-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        button(row(page, DemoData.ADMIN_EMAIL), "delete").click();
        assertThat(page.locator("#delete-question"))
                .hasText("Supprimer Ada Admin (admin@example.com)\u00a0? Ses événements sont conservés.");
        axe(page, "delete confirmation in French");
        assertEquals(List.of(), violations);
    }
}
