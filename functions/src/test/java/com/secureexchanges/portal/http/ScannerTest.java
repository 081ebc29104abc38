package com.secureexchanges.portal.http;

import static com.secureexchanges.portal.testing.HttpCall.cookie;
import static com.secureexchanges.portal.testing.HttpCall.loginBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a mail scanner does to a link (GET and HEAD, no cookies) changes nothing (SPEC L6). */
class ScannerTest {

    private final RunningPortal portal = new RunningPortal();
    private final HttpCall http = new HttpCall(portal.url());

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void fetchingTheLandingUrlWithoutCookies_changesNothing_andTheLinkStillWorks() {
        var request = http.post("/api/login/request",
                loginBody(DemoData.ADMIN_EMAIL, http.captchaId(), RunningPortal.CAPTCHA));
        String binding = cookie(request, Cookies.BINDING).orElseThrow();
        String token = http.lastLinkToken();
        var before = portal.allItems();

        var page = http.get("/login/redeem?t=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("redeem.js"));
        assertEquals(200, http.send("HEAD", "/login/redeem", null, Map.of()).statusCode());
        assertEquals(200, http.get("/login/redeem").statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "the page sets no cookie");
        assertEquals(before, portal.allItems(), "nothing was written");

        var redeem = http.post("/api/login/redeem", "{\"token\":\"" + token + "\"}", binding);
        assertEquals(200, redeem.statusCode());
    }

    /** Security review, finding 9: paths no file can have are not found, never a server error. */
    @Test
    void pathsWithNulOrControlCharacters_areNotFound() {
        for (String path : new String[] {"/%00", "/login/%00.html", "/a%0aforged%20line", "/%0d%0a", "/assets/%7f"}) {
            assertEquals(404, http.get(path).statusCode(), path);
        }
    }
}
