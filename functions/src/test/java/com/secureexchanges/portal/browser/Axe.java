package com.secureexchanges.portal.browser;

import com.microsoft.playwright.Page;
import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core's WCAG 2.0–2.2 A and AA rules run on a page as it is now (SPEC X5), as in
 * {@link AccessibilityBrowserTest}: injected through the debugging protocol, so the page keeps its CSP.
 */
final class Axe {

    static final Path SCRIPT = DevServer.repoRoot().resolve("node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isRegularFile(SCRIPT), "axe-core is missing: run npm ci (the test command does)");
    }

    /** Each violation as "state: rule (selectors)"; empty when the page passes. */
    static List<String> violations(Page page, String state) {
        try {
            page.evaluate(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object found = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"
                + ".map(v => v.id + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')");
        return ((List<?>) found).stream().map(v -> state + ": " + v).toList();
    }
}
