package com.secureexchanges.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 12: the scripts name pages by their path on the site and open them through {@code page()}
 * ({@code assets/js/site.js}), which puts them under API Gateway's stage when the site has one. A page opened
 * or linked by a bare path ({@code location.replace('/portal')}, {@code href: '/x'}) would leave the stage;
 * {@code StagePathBrowserTest} walks the common journeys, this reads every script for the rest.
 */
class SiteAddressesTest {

    private static final Path SCRIPTS = DevServer.repoRoot().resolve("static-site/assets/js");
    /** Where the scripts go: the argument of location.replace/assign, or an address given to a link. */
    private static final Pattern NAVIGATION = Pattern.compile(
            "location\\.(?:replace|assign)\\(([^;]*)\\);|\\bhref(?:: | = )([^,;}]+)");
    /** What may be given: through page(), loginFor() (which uses it), or an address made elsewhere. */
    private static final Pattern UNDER_THE_BASE = Pattern.compile(
            "page\\(.*|loginFor\\(.*|url\\.href|url|await apiUrl\\(.*|'#'");

    @Test
    void everyPageTheScriptsOpenOrLink_goesThroughPage() throws IOException {
        List<String> bare = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                Matcher m = NAVIGATION.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    String target = (m.group(1) != null ? m.group(1) : m.group(2)).trim();
                    if (!UNDER_THE_BASE.matcher(target).matches()) {
                        bare.add(SCRIPTS.relativize(file) + ": " + m.group().trim());
                    }
                }
            }
        }
        assertTrue(seen > 20, "the scripts' navigations were found: " + seen);
        assertEquals(List.of(), bare);
    }
}
