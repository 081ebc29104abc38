package com.secureexchanges.portal.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The version of the local data folder's layout. Data of an older layout (1: users not under an
 * account, no event log; 2: approved domains without the account's own domain items) is moved aside,
 * not deleted, and the portal starts afresh with the demo account.
 */
final class LocalLayout {

    static final String VERSION = "3";

    private LocalLayout() {
    }

    static void upgrade(Path dataDir) {
        Path marker = dataDir.resolve("layout");
        Path data = dataDir.resolve("dynamodb");
        try {
            String current = Files.exists(marker) ? Files.readString(marker, StandardCharsets.US_ASCII).strip() : "1";
            if (!current.equals(VERSION) && Files.exists(data)) {
                Path aside = dataDir.resolve("dynamodb-layout-" + current);
                Files.move(data, aside);
                System.out.println("The local data had an older layout (users without accounts); it was moved to "
                        + aside + " and the portal starts with a fresh demo account.");
            }
            Files.createDirectories(dataDir);
            Files.writeString(marker, VERSION + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data folder " + dataDir, e);
        }
    }
}
