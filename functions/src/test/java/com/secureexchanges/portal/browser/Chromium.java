package com.secureexchanges.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Debian's Chromium driven by Playwright, offline (no browser download). */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Chromium() {
    }

    static Playwright playwright() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                "browser tests need Chromium at " + EXECUTABLE + " (apt-get install -y chromium; .ci/run does it)");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    static Path screenshot(String name) {
        return Path.of(System.getProperty("portal.screenshots", "target/screenshots")).resolve(name + ".png");
    }
}
