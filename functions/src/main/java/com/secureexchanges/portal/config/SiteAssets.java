package com.secureexchanges.portal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fingerprinted assets: everything under {@code static-site/assets/} is published under
 * {@code /assets/<hash>/}, the hash taken over all of it, and the pages' {@code /assets/} references are
 * rewritten to that path. So an asset's address changes whenever any asset does, and browsers and
 * CloudFront may keep it a year ({@link #IMMUTABLE}); the pages themselves are revalidated every time
 * ({@link #REVALIDATE}). Modules import each other by relative paths, which stay inside the hashed folder.
 * One hash for the whole folder (not one per file) keeps this a copy and a string replacement: a release
 * that changes one file re-downloads the others once. Used by the CDK stack (what it uploads) and the local
 * portal (what it serves), so both publish the same addresses.
 */
public final class SiteAssets {

    /** The folder's name in the site and in its URLs. */
    public static final String FOLDER = "assets";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String REVALIDATE = "no-cache";
    private static final Pattern REFERENCE = Pattern.compile("([\"'(])/" + FOLDER + "/");
    private static final Pattern BASE = Pattern.compile("|/[A-Za-z0-9_-]+");
    /** An attribute holding an address from the site's root ({@code "/x"}, not {@code "//host"}). */
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src|action)=\")/(?!/)");
    private static final String CHARSET = "<meta charset=\"utf-8\">";

    private SiteAssets() {
    }

    /** The first 12 hex digits of SHA-256 over every asset's path and bytes. */
    public static String hash(Path site) {
        Path assets = site.resolve(FOLDER);
        try (Stream<Path> files = Files.walk(assets)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(assets.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page with its {@code /assets/} references pointing into {@code /assets/<hash>/}. */
    public static String fingerprint(String html, String hash) {
        return REFERENCE.matcher(html).replaceAll("$1/" + FOLDER + "/" + hash + "/");
    }

    /**
     * A page as published under {@code base}: {@code ""} at the root (CloudFront, the local portal) or
     * {@code "/<stage>"} when API Gateway serves the site ({@code cloudfront=false}), whose addresses all start
     * with its stage. The page is {@linkplain #fingerprint fingerprinted}; under a base its root-relative
     * addresses ({@code href="/…"}, {@code src="/…"}) are moved under it (the scripts find the base themselves,
     * {@code assets/js/site.js}), and it carries its Content-Security-Policy in a {@code <meta>} element, since
     * API Gateway cannot send that header.
     */
    public static String publish(String html, String hash, String base) {
        if (!isBase(base)) {
            throw new IllegalArgumentException("a base is empty or one path segment such as /local: " + base);
        }
        String page = fingerprint(html, hash);
        if (base.isEmpty()) {
            return page;
        }
        return ROOT_RELATIVE.matcher(page).replaceAll("$1" + base + "/").replaceFirst(Pattern.quote(CHARSET),
                Matcher.quoteReplacement(CHARSET + "\n  <meta http-equiv=\"Content-Security-Policy\" content=\""
                        + SiteHeaders.PAGE_CONTENT_SECURITY_POLICY + "\">"));
    }

    /** Whether {@code base} can be a site's base: empty, or one path segment such as {@code /local}. */
    public static boolean isBase(String base) {
        return BASE.matcher(base).matches();
    }

    /**
     * Writes the site as published into {@code out} (emptied first): pages fingerprinted, assets under
     * {@code assets/<hash>/}, every other file as it is. Returns the hash.
     */
    public static String stage(Path site, Path out) {
        return stage(site, out, "");
    }

    /** {@link #stage(Path, Path)} for a site published under {@code base} (see {@link #publish}). */
    public static String stage(Path site, Path out, String base) {
        String hash = hash(site);
        try {
            if (Files.exists(out)) {
                try (Stream<Path> old = Files.walk(out)) {
                    for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(p);
                    }
                }
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(site)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path relative = site.relativize(file);
                Path target = relative.startsWith(FOLDER)
                        ? out.resolve(FOLDER).resolve(hash).resolve(site.resolve(FOLDER).relativize(file).toString())
                        : out.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                if (file.toString().endsWith(".html")) {
                    Files.writeString(target, publish(Files.readString(file), hash, base));
                } else {
                    Files.copy(file, target);
                }
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
