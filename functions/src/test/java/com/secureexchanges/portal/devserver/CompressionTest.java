package com.secureexchanges.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.testing.RunningPortal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The local portal compresses the site's text files as CloudFront does (issue 12, item 6). */
class CompressionTest {

    private static final RunningPortal PORTAL = new RunningPortal();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        PORTAL.close();
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL.url() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void textFiles_areGzipped_whenTheBrowserAcceptsIt_withVary() throws Exception {
        byte[] css = Files.readAllBytes(DevServer.repoRoot().resolve("static-site/assets/site.css"));
        HttpResponse<byte[]> gzipped = get("/assets/site.css", "gzip, deflate, br, zstd");
        assertEquals(Optional.of("gzip"), gzipped.headers().firstValue("Content-Encoding"));
        assertEquals(Optional.of("Accept-Encoding"), gzipped.headers().firstValue("Vary"));
        assertTrue(gzipped.body().length < css.length / 2, "compressed: " + gzipped.body().length);
        assertArrayEquals(css, gunzip(gzipped.body()));

        HttpResponse<byte[]> html = get("/", "gzip");
        assertEquals(Optional.of("gzip"), html.headers().firstValue("Content-Encoding"));
        assertTrue(new String(gunzip(html.body())).contains("<html"));
    }

    @Test
    void noAcceptEncoding_orGzipRefused_getsThePlainFile_stillWithVary() throws Exception {
        for (String header : new String[] {null, "identity", "gzip;q=0", "br;q=1, gzip; q=0.0"}) {
            HttpResponse<byte[]> plain = get("/assets/site.css", header);
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), String.valueOf(header));
            assertEquals(Optional.of("Accept-Encoding"), plain.headers().firstValue("Vary"));
            assertEquals(200, plain.statusCode());
        }
    }

    @Test
    void images_areNeverGzipped() {
        assertFalse(Compression.compressible("image/png"));
        assertFalse(Compression.compressible("image/x-icon"));
        assertTrue(Compression.compressible("image/svg+xml"));
        assertTrue(Compression.acceptsGzip("*"));
        assertFalse(Compression.acceptsGzip("deflate, br"));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
