package com.secureexchanges.portal.devserver;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for the site's text files, as CloudFront compresses them in AWS: only when the request's
 * {@code Accept-Encoding} allows gzip, and always with {@code Vary: Accept-Encoding} so that a cache keeps
 * both forms apart.
 */
final class Compression {

    private Compression() {
    }

    /** Whether a file of this content type is worth compressing (text, JSON, SVG; never PNG or icons). */
    static boolean compressible(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("image/svg+xml");
    }

    /** The bytes to send for {@code body}: gzipped with its headers set when the client accepts gzip. */
    static byte[] encode(HttpExchange exchange, String contentType, byte[] body) {
        if (!compressible(contentType)) {
            return body;
        }
        exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        if (!acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"))) {
            return body;
        }
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        return gzip(body);
    }

    /** {@code gzip} listed without {@code q=0} (RFC 9110, 12.5.3); {@code *} counts too. */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim();
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String param = fields[i].trim().replace(" ", "");
                refused |= param.matches("q=0(\\.0{0,3})?");
            }
            return !refused;
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
