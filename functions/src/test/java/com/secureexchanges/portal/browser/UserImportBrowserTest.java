package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC U2 in real Chromium: "Import users" from User Management — the template downloaded, a file
 * checked (a verdict per row, nothing changed), imported, then checked again with every row unchanged;
 * errors as the API words them, in EN and FR; axe-clean in every state.
 */
class UserImportBrowserTest extends BrowserJourney {

    private static final String HEADER = "email,first_name,last_name,mobile,language,time_zone,role,plan";
    private static final String NOT_APPROVED = "The domain of this address is not approved for your organization. "
            + "Approve it first, or use a public mail address.";

    @TempDir
    Path files;

    /** A file as Excel's "CSV UTF-8" writes it: byte-order mark, CRLF, quotes where a value has a comma. */
    private Path csv(String name, String... rows) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Locator reportRow(Page page, int number) {
        return page.locator("#report-rows tr").nth(number - 1);
    }

    private static void check(Page page, Path file) {
        page.locator("#file").setInputFiles(file);
        page.locator("#check").click();
    }

    @Test
    void administrator_downloadsTheTemplate_checksAFile_importsIt_andTheSecondTimeNothingChanges() throws IOException {
        Axe.assumePresent();
        Page page = signIn(DemoData.ADMIN_EMAIL);
        page.locator("#users-link").click();
        page.waitForURL("**/users");
        page.locator("#import-link").click();
        page.waitForURL("**/users/import");
        assertThat(page.locator("h1")).hasText("Import users");
        assertThat(page.locator("#admin")).isVisible();
        axe(page, "import page");

        Download template = page.waitForDownload(() -> page.locator("#template").click());
        assertEquals("\uFEFF" + HEADER + "\r\n", Files.readString(template.path(), StandardCharsets.UTF_8));
        assertEquals("users-template.csv", template.suggestedFilename());

        page.locator("#check").click();
        assertThat(page.locator("#status")).hasText("Choose a CSV file first.");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#file")).isFocused();

        Path file = csv("team.csv",
                "helene@example.com,\"Hélène, Jr.\",Tremblay,,fr,America/Montreal,standard,",
                "marc@example.com,Marc,Roy,+1 514 555 0123,,,,",
                "admin@example.com,Ada,Admin,,en,America/Toronto,administrator,",
                "someone@example.org,Some,One,,,,,",
                "marc@example.com,Marc,Again,,,,,");
        check(page, file);
        assertThat(page.locator("#report-heading")).hasText("Check of team.csv");
        assertThat(page.locator("#report-heading")).isFocused();
        assertThat(page.locator("#status")).hasText("File checked: 2 to create, 1 unchanged, 2 with errors. "
                + "Nothing was changed.");
        assertThat(page.locator("#report-rows tr")).hasCount(5);
        assertThat(reportRow(page, 1).locator("td")).containsText(new String[] {"helene@example.com", "To create", ""});
        assertThat(reportRow(page, 3).locator("td").nth(1)).hasText("Unchanged");
        assertThat(reportRow(page, 4).locator("td").nth(1)).hasText("Error");
        assertThat(reportRow(page, 4).locator("li")).hasText("email: " + NOT_APPROVED);
        assertThat(reportRow(page, 5).locator("li")).hasText("email: This address is already on row 2 of the file.");
        assertThat(page.locator("#summary")).containsText("Licenses available0");
        assertThat(page.locator("#import")).hasText("Import the users (2)");
        screenshot(page, "users-import-check");
        axe(page, "checked file");
        assertEquals(1.0, ((Number) page.evaluate("async () => (await (await fetch('/api/users', {headers: "
                + "{'X-Portal-Request': '1'}})).json()).users.length")).doubleValue(), "a check changes nothing");

        page.locator("#import").click();
        assertThat(page.locator("#report-heading")).hasText("Import of team.csv");
        assertThat(page.locator("#status")).hasText("Import done: 2 created, 1 unchanged, 2 with errors. "
                + "The new users received an email explaining how to log in.");
        assertThat(reportRow(page, 1).locator("td").nth(1)).hasText("Created");
        assertThat(page.locator("#import")).isHidden();
        screenshot(page, "users-import-done");
        axe(page, "import done");

        check(page, file);
        assertThat(page.locator("#report-rows tr td:nth-of-type(2)")).containsText(new String[] {"Unchanged",
            "Unchanged", "Unchanged", "Error", "Error"});
        assertThat(page.locator("#report-status")).hasText("Nothing to import: every row is unchanged or has an error.");
        assertThat(page.locator("#import")).isHidden();

        page.locator("#back").click();
        page.waitForURL("**/users");
        Locator helene = page.locator("#user-rows tr").filter(new Locator.FilterOptions()
                .setHasText("helene@example.com"));
        assertThat(helene.locator("th")).hasText("Hélène, Jr. Tremblay");
        helene.locator("button[data-action=\"logs\"]").click();
        Locator imported = page.locator("#log-rows tr").first();
        assertThat(imported.locator("td").first()).containsText("User imported");
        assertThat(imported.locator("td").nth(1)).hasText("You");
        assertThat(imported.locator("li")).containsText(new String[] {"Email: helene@example.com"});
        assertThat(imported.locator("li").last()).hasText("Row of the file: 1");

        page.navigate(portal.url() + "/users/import");
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Importer des utilisateurs");
        check(page, file);
        assertThat(page.locator("#report-heading")).hasText("Vérification de team.csv");
        assertThat(reportRow(page, 1).locator("td").nth(1)).hasText("Inchangé");
        assertThat(reportRow(page, 4).locator("li")).hasText("email\u00a0: Le domaine de cette adresse n’est pas "
                + "approuvé pour votre organisation. Approuvez-le d’abord, ou utilisez une adresse de messagerie "
                + "publique.");
        screenshot(page, "users-import-fr");
        axe(page, "checked file in French");

        Path semicolons = files.resolve("semicolons.csv");
        Files.writeString(semicolons, HEADER.replace(',', ';') + "\r\nx@example.com;X;Y\r\n");
        check(page, semicolons);
        assertThat(page.locator("#status")).hasText("La première ligne du fichier doit être exactement "
                + "email,first_name,last_name,mobile,language,time_zone,role,plan. Partez du modèle.");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#report")).isHidden();
        axe(page, "wrong header in French");
        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Import users");
        assertEquals(List.of(), violations);
    }

    @Test
    void standardUser_seesNoImport() {
        Axe.assumePresent();
        Page page = signInAsStandardUser();
        page.navigate(portal.url() + "/users/import");
        assertThat(page.locator("#no-access")).isVisible();
        assertThat(page.locator("#admin")).isHidden();
        axe(page, "no access to the import");
        assertEquals(List.of(), violations);
    }
}
