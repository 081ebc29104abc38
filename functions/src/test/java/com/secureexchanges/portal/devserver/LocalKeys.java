package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** The local portal's HMAC keys: generated once into the data folder, readable by its owner only (SPEC X3). */
final class LocalKeys {

    private LocalKeys() {
    }

    static List<byte[]> loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve("hmac-keys");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                Files.writeString(file, HmacKeys.generate() + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file inherits the folder's permissions.
                }
            }
            return HmacKeys.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
