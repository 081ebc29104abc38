package com.secureexchanges.portal.http;

import static com.secureexchanges.portal.testing.HttpCall.cookie;
import static com.secureexchanges.portal.testing.HttpCall.loginBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC L6 and S1 over HTTP, against the running portal. */
class RedeemAndSessionHttpTest {

    private final RunningPortal portal = new RunningPortal();
    private final HttpCall http = new HttpCall(portal.url());

    @AfterEach
    void stop() {
        portal.close();
    }

    /** Requests a link for the demo admin; returns the binding cookie ("name=value"). */
    /** Asks for a link from a browser holding {@code cookies}; returns the binding cookie it gets. */
    private String requestLink(String... cookies) {
        HttpResponse<String> r = http.post("/api/login/request",
                loginBody(DemoData.ADMIN_EMAIL, http.captchaId(), RunningPortal.CAPTCHA), cookies);
        assertEquals(202, r.statusCode());
        return cookie(r, Cookies.BINDING).orElseThrow();
    }

    private HttpResponse<String> redeem(String token, String... cookies) {
        return http.post("/api/login/redeem", "{\"token\":\"" + token + "\"}", cookies);
    }

    @Test
    void redeem_inAnotherBrowser_isError2_andTheLinkStillWorksInTheRightOne() {
        String binding = requestLink();
        String token = http.lastLinkToken();
        HttpResponse<String> other = redeem(token);
        assertEquals(403, other.statusCode());
        assertTrue(other.body().contains("\"error\":\"browser_mismatch\""));
        assertTrue(other.body().contains("\"code\":2"));
        assertEquals(403, redeem(token, Cookies.BINDING + "=" + "x".repeat(43)).statusCode());

        HttpResponse<String> ok = redeem(token, binding);
        assertEquals(200, ok.statusCode());
        assertEquals("{\"next\":\"portal\"}", ok.body());
        String setSession = HttpCall.setCookies(ok).stream().filter(c -> c.startsWith(Cookies.SESSION)).findFirst()
                .orElseThrow();
        assertTrue(setSession.endsWith("; Path=/; Max-Age=43200; Secure; HttpOnly; SameSite=Lax"), setSession);
        assertTrue(HttpCall.setCookies(ok).stream().noneMatch(c -> c.startsWith(Cookies.BINDING)),
                "the binding stays with the link, so this browser alone can be told the link is used");
    }

    @Test
    void redeem_ofAUsedOrExpiredOrUnknownLink_is410() {
        String binding = requestLink();
        String token = http.lastLinkToken();
        assertEquals(200, redeem(token, binding).statusCode());
        HttpResponse<String> again = redeem(token, binding);
        assertEquals(410, again.statusCode());
        assertTrue(again.body().startsWith("{\"error\":\"link_invalid\""));

        portal.clock.advance(Duration.ofMinutes(1));
        String binding2 = requestLink();
        String token2 = http.lastLinkToken();
        portal.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(410, redeem(token2, binding2).statusCode());
        assertEquals(410, redeem("A".repeat(43), binding2).statusCode());
    }

    /**
     * Security review, finding 14: a browser without the binding got 403 while the link was valid and
     * 410 once used or expired, so a mail scanner could tell when the person signed in. It now gets the
     * same Error 2 bytes before, after and past expiry.
     */
    @Test
    void withoutTheBinding_theAnswerNeverTellsWhetherTheLinkWasUsed() {
        String binding = requestLink();
        String token = http.lastLinkToken();
        HttpResponse<String> before = redeem(token);
        assertEquals(200, redeem(token, binding).statusCode());
        HttpResponse<String> after = redeem(token);
        portal.clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> expired = redeem(token);
        for (HttpResponse<String> scanned : List.of(before, after, expired)) {
            assertEquals(403, scanned.statusCode());
            assertEquals(before.body(), scanned.body());
        }
        assertTrue(before.body().contains("\"error\":\"browser_mismatch\""));
    }

    /** Security review, finding 12: a second sign-in in the same browser ends the session it held. */
    @Test
    void aSecondSignInInTheSameBrowser_endsTheFirstSession() {
        String binding = requestLink();
        String first = cookie(redeem(http.lastLinkToken(), binding), Cookies.SESSION).orElseThrow();
        assertEquals(200, http.get("/api/me", first).statusCode());
        portal.clock.advance(Duration.ofMinutes(1));
        String binding2 = requestLink();
        HttpResponse<String> again = redeem(http.lastLinkToken(), binding2, first);
        String second = cookie(again, Cookies.SESSION).orElseThrow();
        assertEquals(401, http.get("/api/me", first).statusCode(), "the first session is over on the server");
        assertEquals(200, http.get("/api/me", second).statusCode());
    }

    /** SPEC L5: a browser's new link replaces its own earlier one, never another browser's. */
    @Test
    void aBrowsersNewLinkReplacesItsOwnEarlierLink_only() {
        String first = requestLink();
        String firstToken = http.lastLinkToken();
        String other = requestLink();
        String otherToken = http.lastLinkToken();
        portal.clock.advance(Duration.ofSeconds(31));
        String second = requestLink(first);
        String secondToken = http.lastLinkToken();
        assertEquals(410, redeem(firstToken, first).statusCode(), "replaced by the same browser's second link");
        assertEquals(200, redeem(otherToken, other).statusCode(), "another browser's link still works");
        portal.clock.advance(Duration.ofMinutes(1));
        assertEquals(200, redeem(secondToken, second).statusCode());
    }

    @Test
    void me_logout_andANewSessionIdAtEveryLogin() {
        String session1 = cookie(redeem(tokenAfterRequest(), lastBinding), Cookies.SESSION).orElseThrow();
        HttpResponse<String> me = http.get("/api/me", session1);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"email\":\"admin@example.com\""));

        portal.clock.advance(Duration.ofMinutes(1));
        String session2 = cookie(redeem(tokenAfterRequest(), lastBinding), Cookies.SESSION).orElseThrow();
        assertNotEquals(session1, session2);

        HttpResponse<String> out = http.post("/api/logout", null, session2);
        assertEquals(200, out.statusCode());
        assertTrue(HttpCall.setCookies(out).getFirst().startsWith(Cookies.SESSION + "=; Path=/; Max-Age=0"));
        assertEquals(401, http.get("/api/me", session2).statusCode(), "the old cookie is refused after logout");
        assertEquals(200, http.get("/api/me", session1).statusCode(), "other sessions are untouched");
    }

    @Test
    void sessions_expireWhenIdleOver30Minutes() {
        String session = cookie(redeem(tokenAfterRequest(), lastBinding), Cookies.SESSION).orElseThrow();
        portal.clock.advance(Duration.ofMinutes(29));
        assertEquals(200, http.get("/api/me", session).statusCode());
        portal.clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        HttpResponse<String> late = http.get("/api/me", session);
        assertEquals(401, late.statusCode());
        assertTrue(late.body().contains("not_authenticated"));
    }

    @Test
    void unknownRoutesAndMethodsAreJsonErrors() {
        assertEquals(404, http.get("/api/nothing").statusCode());
        HttpResponse<String> wrongMethod = http.send("DELETE", "/api/captcha", null, Map.of());
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(wrongMethod.body().contains("method_not_allowed"));
    }

    private String lastBinding;

    private String tokenAfterRequest() {
        lastBinding = requestLink();
        return http.lastLinkToken();
    }
}
