package com.secureexchanges.portal.devserver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The prefix of the local portal's table names (issue 13, item 11). DynamoDB Local keeps its files in
 * the data folder, so {@code portal-} is enough there. An emulator's tables outlive the folder: they are
 * named after it ({@code portal-<8 hex digits of its absolute path>-}), so that a new data folder, whose
 * new HMAC key could not read the old links and sessions, also starts with tables of its own, and going
 * back to a folder finds its tables again. {@code PORTAL_TABLE_PREFIX} names the prefix outright.
 */
public final class LocalTablePrefix {

    public static final String VARIABLE = "PORTAL_TABLE_PREFIX";
    static final String EMBEDDED = "portal-";

    private LocalTablePrefix() {
    }

    /**
     * @param env         the process's environment ({@link #VARIABLE} wins when set)
     * @param dataDir     the data folder, relative or absolute
     * @param awsEndpoint whether the tables live on an emulator rather than in DynamoDB Local
     * @throws IllegalArgumentException if {@link #VARIABLE} is not a valid start of a DynamoDB table name
     */
    public static String of(Map<String, String> env, Path dataDir, boolean awsEndpoint) {
        Optional<String> given = Optional.ofNullable(env.get(VARIABLE)).filter(p -> !p.isBlank());
        if (given.isPresent()) {
            if (!given.get().matches("[A-Za-z0-9_.-]{1,200}")) {
                throw new IllegalArgumentException(VARIABLE + " must be 1 to 200 letters, digits, '_', '-' or '.' "
                        + "(it starts every table name): " + given.get());
            }
            return given.get();
        }
        return awsEndpoint ? EMBEDDED + folderId(dataDir) + "-" : EMBEDDED;
    }

    private static String folderId(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
