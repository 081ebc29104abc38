package com.secureexchanges.portal.devserver;

import com.sun.net.httpserver.HttpExchange;
import com.secureexchanges.portal.config.SiteAssets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves {@code static-site/}: {@code /} is index.html and {@code /a/b} is a/b.html, as in AWS; any other
 * address is 404.html with status 404. Pages point at fingerprinted assets ({@link SiteAssets}), kept a year
 * by the browser; pages are revalidated. Text files are gzipped when the browser accepts it ({@link Compression}).
 */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json; charset=utf-8",
            "png", "image/png", "svg", "image/svg+xml", "ico", "image/x-icon");

    private static final String NOT_FOUND_PAGE = "404.html";

    private final Path root;
    private final String base;

    /** The site in {@code root}, published under {@code base} ({@link SiteAssets#publish}). */
    StaticFiles(Path root, String base) {
        this.root = root.toAbsolutePath().normalize();
        this.base = base;
    }

    /** Answers for the file at {@code path}, the decoded path on the site (without the base). */
    void serve(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            DevServer.plain(exchange, 405, "Method not allowed");
            return;
        }
        String hash = SiteAssets.hash(root);
        String hashedPrefix = "/" + SiteAssets.FOLDER + "/" + hash + "/";
        boolean fingerprinted = path.startsWith(hashedPrefix);
        Path file = resolve(unhashed(path));
        int status = 200;
        if (file == null) {
            // Any address that is no file: the site's "Page not found", with its status.
            file = root.resolve(NOT_FOUND_PAGE);
            status = 404;
            if (!Files.isRegularFile(file)) {
                DevServer.plain(exchange, 404, "Not found");
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        byte[] raw = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            raw = SiteAssets.publish(new String(raw, StandardCharsets.UTF_8), hash, base).getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = Compression.encode(exchange, type, raw);
        exchange.getResponseHeaders().set("Cache-Control",
                fingerprinted && status == 200 ? SiteAssets.IMMUTABLE : SiteAssets.REVALIDATE);
        exchange.sendResponseHeaders(status, method.equals("HEAD") ? -1 : bytes.length);
        if (method.equals("GET")) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /**
     * {@code /assets/<hash>/x} is {@code /assets/x}: the hash of the files as they are now is immutable; an
     * older one (a page loaded before an edit) still gets the current file, revalidated.
     */
    private static String unhashed(String path) {
        return path.replaceFirst("^/" + SiteAssets.FOLDER + "/[0-9a-f]{12}/", "/" + SiteAssets.FOLDER + "/");
    }

    /** The file for a decoded path; null for none, and for paths no file can have (NUL, control characters). */
    private Path resolve(String path) {
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        String relative = path.equals("/") ? "index.html" : path.substring(1);
        try {
            return find(relative);
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    private Path find(String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path html = root.resolve(relative + ".html").normalize();
        return html.startsWith(root) && Files.isRegularFile(html) ? html : null;
    }
}
