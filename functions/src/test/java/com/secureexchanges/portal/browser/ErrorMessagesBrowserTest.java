package com.secureexchanges.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.RunningPortal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC X1, X2: the pages show the API's error message as it is, and the API writes it in the page's
 * language because the site sends that language as Accept-Language (the browser itself asks for en-CA).
 */
class ErrorMessagesBrowserTest extends BrowserJourney {

    private static String text(ErrorId id, Language language) {
        return id.text(language, Map.of());
    }

    @Test
    void errorMessages_comeFromTheServer_inThePagesLanguage() {
        Page login = context.newPage();
        login.navigate(portal.url() + "/?lang=fr");
        LoginPage.waitForCaptcha(login);
        login.getByLabel("Adresse courriel", LoginPage.EXACT).fill("ad..min@example.com");
        login.getByLabel("Code anti-robot", LoginPage.EXACT).fill(RunningPortal.CAPTCHA);
        login.locator("#submit").click();
        assertThat(login.locator("#status")).hasText(text(ErrorId.INVALID_EMAIL, Language.FR));
        login.locator("#lang-switch").click();
        LoginPage.waitForCaptcha(login);
        login.getByLabel("Email address", LoginPage.EXACT).fill("ad..min@example.com");
        login.getByLabel("Anti-robot code", LoginPage.EXACT).fill(RunningPortal.CAPTCHA);
        login.locator("#submit").click();
        assertThat(login.locator("#status")).hasText(text(ErrorId.INVALID_EMAIL, Language.EN));

        Page page = LoginPage.requestLink(context, portal, DemoData.ADMIN_EMAIL, null);
        page.navigate(LoginPage.linkFromOutbox(portal, http));
        page.waitForURL("**/portal");
        page.navigate(portal.url() + "/account?lang=fr");
        assertThat(page.locator("#account-form")).isVisible();
        page.getByLabel("Numéro de mobile").fill("514 555 0123");
        page.getByLabel("Activer l’authentification 2FA").check();
        page.locator("#save").click();
        assertThat(page.locator("#mobile-error")).hasText(text(ErrorId.INVALID_MOBILE, Language.FR));
    }
}
