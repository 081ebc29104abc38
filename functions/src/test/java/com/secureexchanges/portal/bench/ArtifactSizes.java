package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints each function's deployment artifact and its size against the goals of issue 12 (item 4): at most
 * 12 MB for the largest, less for the hot sign-in functions. Run by {@code bash .ci/bench} after the jars
 * are built.
 */
public final class ArtifactSizes {

    public static final long GOAL_BYTES = 12_000_000;
    static final List<FunctionSpec> HOT = List.of(Routes.CAPTCHA, Routes.REQUEST_LOGIN, Routes.REDEEM_LINK,
            Routes.TWO_FACTOR);

    private ArtifactSizes() {
    }

    public static void main(String[] args) throws IOException {
        Path target = DevServer.repoRoot().resolve("functions/target");
        System.out.println("\n## Lambda artifacts per function\n");
        System.out.println("| function | jar | size | goal ≤ 12 MB |\n|---|---|---|---|");
        long largest = 0;
        for (FunctionSpec spec : Routes.deployed()) { // the deliveries function too
            long size = Files.size(target.resolve(spec.artifact().fileName()));
            largest = Math.max(largest, size);
            System.out.printf("| %s%s | `%s` | %.1f MB (%,d bytes) | %s |%n", spec.id(), HOT.contains(spec) ? " (hot)" : "",
                    spec.artifact().fileName(), size / 1e6, size, size <= GOAL_BYTES ? "met" : "over");
        }
        System.out.printf("%nLargest: %.1f MB (goal 12 MB).%n", largest / 1e6);
    }
}
