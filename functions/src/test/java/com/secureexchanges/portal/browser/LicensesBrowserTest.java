package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.RunningPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC A4, A5, P1 in real Chromium: "Management of licenses and Purchases" for the demo administrator (5 Eco,
 * 2 Advanced and 1 Pro, the Pro held by the administrator) — the pool and who holds what, a cart of two lines
 * checked at the field, the review, "Pay", the pool and the history after it; "Remove from account"; "Manage
 * License" on User Management (assign, modify, upgrade with its quote, transfer, remove, and the refusals);
 * License details on My account; nothing of it for a standard user; axe-clean in EN and FR.
 */
class LicensesBrowserTest extends BrowserJourney {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_ENOUGH_FREE =
            "Not enough free licenses of this plan: remove the licenses from users first.";
    private static final String NO_LICENSE_AVAILABLE =
            "No free license of this plan is available. Leave the plan empty, or buy licenses first.";
    private static final String NOT_AN_UPGRADE = "Choose a plan higher than the user’s current one.";
    private static final String REAUTHENTICATION_REQUIRED = "For your security, log in again (your last login was "
            + "more than 10 minutes ago) to do this.";
    private static final Pattern MONEY = Pattern.compile("CA\\$\\d+\\.\\d\\d");

    /** From the portal's link, as an administrator finds it. */
    private static Page openLicenses(Page page) {
        assertThat(page.locator("#licenses-link")).hasText("Management of licenses and Purchases");
        page.locator("#licenses-link").click();
        page.waitForURL("**/licenses");
        assertThat(page.locator("h1")).hasText("Management of licenses and Purchases");
        assertThat(page.locator("#pool-rows tr")).hasCount(3);
        return page;
    }

    /** The pool's row of a plan: name, price, total, assigned, available. */
    private static void assertPool(Page page, String plan, String name, String price, int total, int assigned,
                                   int available) {
        Locator row = page.locator("#pool-rows tr[data-plan=\"" + plan + "\"]");
        assertThat(row.locator("th")).hasText(name);
        assertThat(row.locator("td")).hasText(new String[] {price, String.valueOf(total), String.valueOf(assigned),
                String.valueOf(available), available > 0 ? "Remove from account, " + name : ""});
    }

    private static Locator userRow(Page page, String email) {
        return page.locator("#user-rows tr").filter(new Locator.FilterOptions().setHasText(email));
    }

    /** The licence cell of a user's row on User Management. */
    private static Locator licenseCell(Page page, String email) {
        return userRow(page, email).locator("td.license");
    }

    private static void manageLicense(Page page, String email) {
        userRow(page, email).locator("button[data-action=\"license\"]").click();
        assertThat(page.locator("#license-dialog")).isVisible();
        assertThat(page.locator("#license-current")).isFocused();
    }

    /**
     * The demo administrator's session for calls of "another browser"; the clock then moves on, past the
     * 30 seconds between two login emails to one address, so that the browser can sign in too.
     */
    private String otherAdministratorSession() {
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        portal.clock.advance(Duration.ofMinutes(1));
        return admin;
    }

    private String addUser(String admin, String email, String first, String last) {
        HttpResponse<String> added = http.post("/api/users", "{\"email\":\"" + email + "\",\"firstName\":\"" + first
                + "\",\"lastName\":\"" + last + "\",\"language\":\"en\",\"timeZone\":\"America/Toronto\","
                + "\"role\":\"standard\"}", admin);
        assertEquals(201, added.statusCode(), added.body());
        try {
            return JSON.readTree(added.body()).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A licence call of another administrator's session, as if made at the same time in another browser. */
    private void licenseCall(String method, String userId, String body, String admin) {
        HttpResponse<String> answer = http.send(method, "/api/users/" + userId + "/license", body,
                Map.of("Origin", portal.url(), "X-Portal-Request", "1"), admin);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void administrator_buysLicensesThroughTheCart_thenThePoolAndTheHistoryShowTheOrder() {
        Axe.assumePresent();
        Page page = openLicenses(signIn(DemoData.ADMIN_EMAIL));
        assertPool(page, "eco", "Eco", "CA$15.00", 5, 0, 5);
        assertPool(page, "advanced", "Advanced", "CA$25.00", 2, 0, 2);
        assertPool(page, "pro", "Pro", "CA$40.00", 1, 1, 0);
        assertThat(page.locator("#holder-rows tr")).hasCount(1);
        assertThat(page.locator("#holder-rows tr").first().locator("th, td"))
                .hasText(new String[] {DemoData.ADMIN_EMAIL, "Pro"});
        assertThat(page.locator("#order-rows tr")).hasCount(1);
        assertThat(page.locator("#order-rows tr td").nth(0)).hasText("5 × Eco, 2 × Advanced, 1 × Pro");
        assertThat(page.locator("#order-rows tr td").nth(2)).hasText("Awaiting payment");
        assertThat(page.locator("#cart-empty")).isVisible();
        axe(page, "pool and history");

        // The quantity is checked at the field.
        page.locator("#plan").selectOption("eco");
        page.locator("#quantity").fill("0");
        page.locator("#add").click();
        assertThat(page.locator("#quantity-error")).hasText("Enter a number from 1 to 1,000.");
        assertThat(page.locator("#quantity")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#quantity")).isFocused();
        page.locator("#quantity").fill("2.5");
        page.locator("#add").click();
        assertThat(page.locator("#quantity-error")).hasText("Enter a whole number of licenses, like 3.");
        axe(page, "quantity refused");

        // Two lines, one added to twice, one edited; a third added and taken out again.
        page.locator("#quantity").fill("3");
        page.locator("#add").click();
        assertThat(page.locator("#quantity-error")).isEmpty();
        assertThat(page.locator("#quantity")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#cart-status")).hasText("Added to the cart: 3 × Eco.");
        page.locator("#quantity").fill("998");
        page.locator("#add").click();
        assertThat(page.locator("#quantity-error")).hasText("The cart already holds 3 Eco licenses: add at most 997 "
                + "more (1,000 per plan in one order).");
        page.locator("#plan").selectOption("pro");
        page.locator("#quantity").fill("1");
        page.locator("#add").click();
        page.locator("#plan").selectOption("advanced");
        page.locator("#add").click();
        assertThat(page.locator("#cart-rows tr")).hasCount(3);
        page.locator("#cart-rows tr[data-plan=\"advanced\"] button").click();
        assertThat(page.locator("#cart-status")).hasText("Removed from the cart: Advanced.");
        assertThat(page.locator("#cart-heading")).isFocused();
        page.getByLabel("Number of Eco licenses").fill("2");
        page.getByLabel("Number of Eco licenses").press("Tab");
        assertThat(page.locator("#cart-rows tr")).hasCount(2);
        assertThat(page.locator("#cart-rows tr[data-plan=\"eco\"] td").nth(2)).hasText("CA$30.00");
        assertThat(page.locator("#cart-total")).hasText("CA$70.00");
        axe(page, "cart");

        // The review: lines, total per month, currency, invoice; then "Pay".
        page.locator("#checkout").click();
        assertThat(page.locator("#checkout-dialog")).isVisible();
        assertThat(page.locator("#pay")).isFocused();
        assertThat(page.locator("#review-rows tr")).hasCount(2);
        assertThat(page.locator("#review-rows tr").nth(0).locator("th, td"))
                .hasText(new String[] {"Eco", "2", "CA$15.00", "CA$30.00"});
        assertThat(page.locator("#review-rows tr").nth(1).locator("th, td"))
                .hasText(new String[] {"Pro", "1", "CA$40.00", "CA$40.00"});
        assertThat(page.locator("#review-total")).hasText("CA$70.00");
        assertThat(page.locator("#review-currency")).hasText("Amounts in CAD, taxes not included.");
        assertThat(page.locator("#review-prorated")).containsText("the rest of the current billing period, which ends on");
        // The exact charge before "Pay" (a preview of the order: nothing recorded).
        assertThat(page.locator("#review-prorated")).hasText(java.util.regex.Pattern.compile(
                "^Today you pay CA\\$[0-9]+\\.[0-9]{2}: .* Then CA\\$70\\.00 a month, until you remove the licenses\\.$"));
        assertThat(page.locator("#checkout-dialog")).containsText("Payment is by invoice: the order is recorded as "
                + "awaiting payment, and the licenses are usable at once.");
        axe(page, "review");

        // Paying needs a login of the last 10 minutes: log in again, and the cart is still there.
        portal.clock.advance(Duration.ofMinutes(11));
        page.locator("#pay").click();
        assertThat(page.locator("#checkout-status")).hasText(REAUTHENTICATION_REQUIRED);
        assertThat(page.locator("#checkout-login-again")).isVisible();
        axe(page, "review, login again");
        page = signIn(DemoData.ADMIN_EMAIL);
        page.navigate(portal.url() + "/licenses");
        assertThat(page.locator("#cart-rows tr")).hasCount(2);
        assertThat(page.locator("#cart-total")).hasText("CA$70.00");
        page.locator("#checkout").click();
        assertThat(page.locator("#checkout-login-again")).isHidden();
        page.locator("#pay").click();
        assertThat(page.locator("#checkout-dialog")).isHidden();
        assertThat(page.locator("#cart-status")).hasText(Pattern.compile("^Order recorded: " + MONEY
                + ", awaiting payment by invoice\\. The licenses are in your pool and can be assigned now\\.$"));
        assertThat(page.locator("#cart-empty")).isVisible();
        assertPool(page, "eco", "Eco", "CA$15.00", 7, 0, 7);
        assertPool(page, "pro", "Pro", "CA$40.00", 2, 1, 1);
        assertThat(page.locator("#order-rows tr")).hasCount(2);
        Locator newest = page.locator("#order-rows tr").first().locator("td");
        assertThat(newest.nth(0)).hasText("2 × Eco, 1 × Pro");
        assertThat(newest.nth(2)).hasText("Awaiting payment");
        String total = newest.nth(1).textContent();
        assertThat(page.locator("#cart-status")).containsText("Order recorded: " + total + ",");
        screenshot(page, "licenses");
        axe(page, "after paying");

        page.locator("#lang-switch").click();
        assertThat(page.locator("h1")).hasText("Gestion des licences et achats");
        assertThat(page.locator("#cart-heading")).hasText("Panier");
        assertThat(page.locator("#add")).hasText("Ajouter");
        assertThat(page.locator("#order-rows tr").first().locator("td").nth(2)).hasText("En attente de paiement");
        axe(page, "in French");
        assertEquals(List.of(), violations);
    }

    @Test
    void removeFromAccount_takesOnlyFreeLicenses_andSaysSoByTheField() {
        Axe.assumePresent();
        String admin = otherAdministratorSession();
        String bob = addUser(admin, "bob@example.com", "Bob", "Standard");
        Page page = openLicenses(signIn(DemoData.ADMIN_EMAIL));

        page.locator("#pool-rows tr[data-plan=\"eco\"] button[data-action=\"remove\"]").click();
        assertThat(page.locator("#remove-dialog")).isVisible();
        assertThat(page.locator("#remove-question"))
                .hasText("How many of the 5 free Eco licenses do you want to remove from the account?");
        assertThat(page.locator("#remove-quantity")).isFocused();
        page.locator("#remove-quantity").fill("6");
        page.locator("#remove-submit").click();
        assertThat(page.locator("#remove-error")).hasText("Enter a number from 1 to 5.");
        assertThat(page.locator("#remove-quantity")).hasAttribute("aria-invalid", "true");

        // Meanwhile, another administrator assigns one: the server refuses, by the field.
        licenseCall("PUT", bob, "{\"plan\":\"eco\"}", admin);
        page.locator("#remove-quantity").fill("5");
        page.locator("#remove-submit").click();
        assertThat(page.locator("#remove-error")).hasText(NOT_ENOUGH_FREE);
        assertThat(page.locator("#remove-quantity")).isFocused();
        assertThat(page.locator("#remove-question"))
                .hasText("How many of the 4 free Eco licenses do you want to remove from the account?");
        assertPool(page, "eco", "Eco", "CA$15.00", 5, 1, 4);
        screenshot(page, "licenses-remove-refused");
        axe(page, "remove from account, refused");

        page.locator("#remove-quantity").fill("4");
        page.locator("#remove-submit").click();
        assertThat(page.locator("#remove-dialog")).isHidden();
        assertThat(page.locator("#pool-status")).hasText("Removed from the account: 4 × Eco.");
        assertThat(page.locator("#pool-heading")).isFocused();
        assertPool(page, "eco", "Eco", "CA$15.00", 1, 1, 0);
        page.reload();
        assertPool(page, "eco", "Eco", "CA$15.00", 1, 1, 0);
        assertThat(page.locator("#holder-rows th")).hasText(new String[] {DemoData.ADMIN_EMAIL, "bob@example.com"});
        axe(page, "after removing");
        assertEquals(List.of(), violations);
    }

    @Test
    void manageLicense_assignsUpgradesTransfersAndRemoves_fromTheUsersPage() {
        Axe.assumePresent();
        String admin = otherAdministratorSession();
        addUser(admin, "bob@example.com", "Bob", "Standard");
        String carol = addUser(admin, "carol@example.com", "Carol", "Example");
        Page page = signIn(DemoData.ADMIN_EMAIL);
        page.locator("#users-link").click();
        page.waitForURL("**/users");
        assertThat(licenseCell(page, DemoData.ADMIN_EMAIL)).hasText("Pro");
        assertThat(licenseCell(page, "bob@example.com")).hasText("None");

        // Assign: the plans with their free licences; none free is refused, with the way to buy some.
        manageLicense(page, "bob@example.com");
        assertThat(page.locator("#license-who")).hasText("Bob Standard (bob@example.com)");
        assertThat(page.locator("#license-current")).hasText("No license.");
        assertThat(page.locator("#license-assign-legend")).hasText("Assign a license");
        assertThat(page.locator("#license-plan option"))
                .hasText(new String[] {"Eco — 5 available", "Advanced — 2 available", "Pro — 0 available"});
        assertThat(page.locator("#license-held")).isHidden();
        assertThat(page.locator("#license-remove")).isHidden();
        axe(page, "manage license, no license");
        page.locator("#license-plan").selectOption("pro");
        page.locator("#license-save").click();
        assertThat(page.locator("#license-status")).hasText(NO_LICENSE_AVAILABLE);
        assertThat(page.locator("#license-buy")).isVisible();
        axe(page, "manage license, none available");
        page.locator("#license-plan").selectOption("eco");
        page.locator("#license-save").click();
        assertThat(page.locator("#license-status")).hasText("Eco license assigned to Bob Standard (bob@example.com).");
        assertThat(page.locator("#license-buy")).isHidden();
        assertThat(page.locator("#license-current")).hasText("Current license: Eco.");
        assertThat(licenseCell(page, "bob@example.com")).hasText("Eco");
        assertThat(page.locator("#license-assign-legend")).hasText("Modify License");
        assertThat(page.locator("#license-plan option"))
                .hasText(new String[] {"Advanced — 2 available", "Pro — 0 available"});
        assertThat(page.locator("#license-upgrade-plan option")).hasText(new String[] {"Advanced", "Pro"});
        assertThat(page.locator("#license-transfer-to option")).hasText(new String[] {"Carol Example (carol@example.com)"});

        // Upgrade: the quote first (prorated amount, until when it holds), then "Pay".
        page.locator("#license-upgrade-plan").selectOption("advanced");
        page.locator("#license-quote").click();
        assertThat(page.locator("#license-quote-amount")).isFocused();
        assertThat(page.locator("#license-quote-amount")).hasText(Pattern.compile("^Due now: " + MONEY + " to upgrade "
                + "to Advanced, the difference in price prorated for the rest of the billing period, until .+\\.$"));
        assertThat(page.locator("#license-quote-renewal")).hasText(Pattern.compile("^From .+: CA\\$25\\.00 a month for "
                + "this license\\.$"));
        assertThat(page.locator("#license-quote-expiry")).hasText(Pattern.compile("^This price holds until .+; after "
                + "that, ask for it again\\.$"));
        // The whole dialog, in a window tall enough to hold it, for the README.
        page.setViewportSize(1280, 1500);
        page.locator("#license-dialog").screenshot(new Locator.ScreenshotOptions()
                .setPath(Chromium.screenshot("manage-license")));
        axe(page, "upgrade quote");
        page.locator("#license-pay").click();
        assertThat(page.locator("#license-status")).hasText(Pattern.compile("^Bob Standard \\(bob@example\\.com\\) is "
                + "now on the Advanced plan\\. Order recorded: " + MONEY + ", awaiting payment by invoice\\.$"));
        assertThat(page.locator("#license-current")).hasText("Current license: Advanced.");
        assertThat(licenseCell(page, "bob@example.com")).hasText("Advanced");
        assertThat(page.locator("#license-upgrade-plan option")).hasText(new String[] {"Pro"});

        // Transfer to Carol, who has none.
        page.locator("#license-transfer-to").selectOption(carol);
        page.locator("#license-transfer").click();
        assertThat(page.locator("#license-status"))
                .hasText("Advanced license transferred to Carol Example (carol@example.com).");
        assertThat(page.locator("#license-current")).hasText("No license.");
        assertThat(licenseCell(page, "bob@example.com")).hasText("None");
        assertThat(licenseCell(page, "carol@example.com")).hasText("Advanced");
        axe(page, "after transfer");
        page.locator("#license-close").click();
        assertThat(page.locator("#license-dialog")).isHidden();
        assertThat(userRow(page, "bob@example.com").locator("button[data-action=\"license\"]")).isFocused();

        // An upgrade that stopped being one while the dialog was open: the server's not_an_upgrade.
        manageLicense(page, "carol@example.com");
        assertThat(page.locator("#license-upgrade-plan option")).hasText(new String[] {"Pro"});
        licenseCall("DELETE", DemoData.ADMIN_ID, null, admin);
        licenseCall("PUT", carol, "{\"plan\":\"pro\"}", admin);
        page.locator("#license-quote").click();
        assertThat(page.locator("#license-status")).hasText(NOT_AN_UPGRADE);
        assertThat(page.locator("#license-quote-block")).isHidden();
        axe(page, "not an upgrade");
        page.locator("#license-close").click();

        // Remove, after a confirmation naming the person.
        manageLicense(page, "carol@example.com");
        assertThat(page.locator("#license-current")).hasText("Current license: Pro.");
        assertThat(page.locator("#license-highest")).isVisible();
        page.locator("#license-remove").click();
        assertThat(page.locator("#license-remove-dialog")).isVisible();
        assertThat(page.locator("#license-remove-cancel")).isFocused();
        assertThat(page.locator("#license-remove-question"))
                .hasText("Remove the Pro license of Carol Example (carol@example.com)?");
        axe(page, "remove license confirmation");
        page.locator("#license-remove-submit").click();
        assertThat(page.locator("#license-remove-dialog")).isHidden();
        assertThat(page.locator("#license-status"))
                .hasText("Pro license removed from Carol Example (carol@example.com); it is back in the pool.");
        assertThat(page.locator("#license-current")).hasText("No license.");
        assertThat(licenseCell(page, "carol@example.com")).hasText("None");
        page.locator("#license-close").click();

        page.locator("#lang-switch").click();
        assertThat(licenseCell(page, "carol@example.com")).hasText("Aucune");
        manageLicense(page, "carol@example.com");
        assertThat(page.locator("#license-heading")).hasText("Gérer la licence");
        assertThat(page.locator("#license-current")).hasText("Aucune licence.");
        axe(page, "manage license in French");
        assertEquals(List.of(), violations);
    }

    @Test
    void licenseDetails_showThePlanAndItsRenewal_andAStandardUserHasNoLicensesPage() {
        Axe.assumePresent();
        addStandardUserBob();
        portal.clock.advance(Duration.ofMinutes(1));
        Page page = signIn(DemoData.ADMIN_EMAIL);
        page.locator("#account-link").click();
        page.waitForURL("**/account");
        assertThat(page.locator("#license-type")).hasText("Pro");
        assertThat(page.locator("#license-renews")).hasText(Pattern.compile("^\\w+ \\d{1,2}, \\d{4}$"));
        axe(page, "license details");
        page.locator("#lang-switch").click();
        assertThat(page.locator("#license-renews-label")).hasText("Date de renouvellement");
        assertThat(page.locator("#license-type")).hasText("Pro");
        axe(page, "license details in French");
        page.locator("#lang-switch").click();
        context.clearCookies();

        page = signIn("bob@example.com");
        assertThat(page.locator("#licenses-link")).isHidden();
        page.locator("#account-link").click();
        page.waitForURL("**/account");
        assertThat(page.locator("#license-type")).hasText("No license");
        assertThat(page.locator("#license-renews")).isHidden();
        page.navigate(portal.url() + "/licenses");
        assertThat(page.locator("#no-access")).isVisible();
        assertThat(page.locator("#no-access h2"))
                .hasText("You do not have access to Management of licenses and Purchases.");
        assertThat(page.locator("#admin")).isHidden();
        axe(page, "no access");
        page.locator("#lang-switch").click();
        assertThat(page.locator("#no-access h2"))
                .hasText("Vous n’avez pas accès à la gestion des licences et achats.");
        axe(page, "no access in French");
        assertEquals(List.of(), violations);
    }
}
