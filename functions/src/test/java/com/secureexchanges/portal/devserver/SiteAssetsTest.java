package com.secureexchanges.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.SiteAssets;
import com.secureexchanges.portal.config.SiteHeaders;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprinted assets kept a year, pages revalidated (issue 12, item 6), locally as in AWS. */
class SiteAssetsTest {

    private static final RunningPortal PORTAL = new RunningPortal();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Path SITE = DevServer.repoRoot().resolve("static-site");

    @AfterAll
    static void stop() {
        PORTAL.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(PORTAL.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAreRevalidated_andPointAtHashedAssets_keptAYear() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(Optional.of("no-cache"), page.headers().firstValue("Cache-Control"));
        String hash = SiteAssets.hash(SITE);
        assertFalse(page.body().contains("\"/assets/js/"), "no unhashed reference left");
        Matcher css = Pattern.compile("href=\"(/assets/" + hash + "/site\\.css)\"").matcher(page.body());
        assertTrue(css.find(), page.body());
        HttpResponse<String> asset = get(css.group(1));
        assertEquals(200, asset.statusCode());
        assertEquals(Optional.of("public, max-age=31536000, immutable"), asset.headers().firstValue("Cache-Control"));
        assertEquals(Files.readString(SITE.resolve("assets/site.css")), asset.body());
        HttpResponse<String> module = get("/assets/" + hash + "/js/api.js");
        assertEquals(Optional.of("public, max-age=31536000, immutable"), module.headers().firstValue("Cache-Control"));
    }

    @Test
    void anOlderHash_getsTheCurrentFile_revalidated() throws Exception {
        HttpResponse<String> stale = get("/assets/000000000000/site.css");
        assertEquals(200, stale.statusCode());
        assertEquals(Optional.of("no-cache"), stale.headers().firstValue("Cache-Control"));
        assertEquals(Optional.of("no-cache"), get("/no-such-page").headers().firstValue("Cache-Control"));
    }

    @Test
    void staging_putsAssetsUnderTheHash_andRewritesEveryPage(@TempDir Path out) throws Exception {
        String hash = SiteAssets.stage(SITE, out);
        assertEquals(SiteAssets.hash(SITE), hash);
        assertTrue(Files.isRegularFile(out.resolve("assets/" + hash + "/js/pages/login.js")));
        assertFalse(Files.exists(out.resolve("assets/site.css")));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("src=\"/assets/" + hash + "/js/pages/login.js\""), index);
        assertTrue(Files.isRegularFile(out.resolve("login/check-email.html"))
                || Files.isDirectory(out.resolve("login")), "sub-folders of pages are kept");
    }

    @Test
    void theHashFollowsTheAssets(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("assets/js"));
        Files.writeString(site.resolve("assets/js/a.js"), "export const a = 1;");
        String before = SiteAssets.hash(site);
        Files.writeString(site.resolve("assets/js/a.js"), "export const a = 2;");
        assertFalse(before.equals(SiteAssets.hash(site)));
        assertEquals("<script src=\"/assets/" + before + "/x.js\"></script> url('/assets/" + before + "/f.svg')",
                SiteAssets.fingerprint("<script src=\"/assets/x.js\"></script> url('/assets/f.svg')", before));
    }

    /**
     * Issue 13, item 12: under API Gateway's stage every page's root-relative address carries the stage, and
     * the page carries the Content-Security-Policy API Gateway cannot send; at the root nothing changes.
     */
    @Test
    void stagingUnderAStage_movesEveryRootAddressUnderIt_andPutsThePolicyInThePages(@TempDir Path out)
            throws Exception {
        String hash = SiteAssets.stage(SITE, out, "/local");
        try (var pages = Files.walk(out)) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String page = Files.readString(file);
                Matcher root = Pattern.compile("\\s(?:href|src|action)=\"/(?!local/)").matcher(page);
                assertFalse(root.find(), file + " still has an address outside the stage: " + page);
                assertEquals(1, page.split("http-equiv=\"Content-Security-Policy\"", -1).length - 1, file.toString());
                assertTrue(page.indexOf("http-equiv") < page.indexOf("<script"), "the policy before any script");
            }
        }
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("src=\"/local/assets/" + hash + "/js/pages/login.js\""), index);
        assertTrue(index.contains("href=\"/local/signup\""), index);
        assertTrue(index.contains("content=\"" + SiteHeaders.PAGE_CONTENT_SECURITY_POLICY + "\""), index);
        assertFalse(SiteHeaders.PAGE_CONTENT_SECURITY_POLICY.contains("frame-ancestors"), "ignored in a page");
        String page = "<meta charset=\"utf-8\"><a href=\"//other.example/x\">x</a><a href=\"https://a.example/\">";
        assertEquals(SiteAssets.fingerprint(page, hash), SiteAssets.publish(page, hash, ""), "at the root, as before");
        assertTrue(SiteAssets.publish(page, hash, "/local").contains("href=\"//other.example/x\""));
        assertThrows(IllegalArgumentException.class, () -> SiteAssets.publish(page, hash, "/a/b"));
        assertThrows(IllegalArgumentException.class, () -> SiteAssets.publish(page, hash, "local"));
    }
}
