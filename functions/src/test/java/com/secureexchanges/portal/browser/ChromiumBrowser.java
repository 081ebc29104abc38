package com.secureexchanges.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium per test class: {@code @RegisterExtension static ChromiumBrowser chromium = new ChromiumBrowser();}.
 * Each {@link #newBrowser()} is a fresh context, i.e. a separate browser with its own cookies.
 */
final class ChromiumBrowser implements BeforeAllCallback, AfterAllCallback {

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    BrowserContext newBrowser() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("en-CA"));
    }
}
