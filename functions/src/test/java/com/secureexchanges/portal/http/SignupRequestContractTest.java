package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC A2: the answer to a sign-up request tells nothing either — the same bytes, headers and cookie
 * shape as a sign-in request's, whatever the address, the captcha or the limits.
 */
class SignupRequestContractTest {

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    private static HttpResponse<String> signUp(String email, String answer) {
        return http.post("/api/signup/request", "{\"email\":\"" + email + "\",\"organization\":\"NewCo\","
                + "\"plan\":\"pro\",\"quantity\":3,\"captchaId\":\"" + http.captchaId() + "\",\"captchaAnswer\":\""
                + answer + "\"}");
    }

    @Test
    void everyCaseGetsTheSameAnswer_asASignInRequest() {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("sign-in request", http.post("/api/login/request", HttpCall.loginBody("nobody@example.org",
                http.captchaId(), RunningPortal.CAPTCHA)));
        answers.put("new address", signUp("founder@newco.test", RunningPortal.CAPTCHA));
        assertTrue(outbox().contains("/signup/confirm#t="), "the new address got its link");
        answers.put("address of a user", signUp(DemoData.ADMIN_EMAIL, RunningPortal.CAPTCHA));
        assertTrue(outbox().contains("already has an account"));
        answers.put("address on another account's domain", signUp("colleague@example.com", RunningPortal.CAPTCHA));
        assertTrue(outbox().contains("colleague@example.com"), "the domain's administrators were told");
        int sent = outbox().split("\"channel\"", -1).length;
        answers.put("wrong captcha", signUp("other@newco.test", "111111"));
        for (int i = 0; i < 5; i++) {
            signUp("busy@newco.test", RunningPortal.CAPTCHA);
        }
        answers.put("over the address's limit", signUp("busy@newco.test", RunningPortal.CAPTCHA));
        assertEquals(sent + 5, outbox().split("\"channel\"", -1).length, "five links to busy@, nothing else");

        HttpResponse<String> reference = answers.values().iterator().next();
        for (var entry : answers.entrySet()) {
            HttpResponse<String> r = entry.getValue();
            assertEquals(202, r.statusCode(), entry.getKey());
            assertEquals("{\"status\":\"accepted\"}", r.body(), entry.getKey());
            assertEquals(LoginRequestContractTest.headerNames(reference), LoginRequestContractTest.headerNames(r),
                    entry.getKey());
            assertEquals(LoginRequestContractTest.cookieShape(reference), LoginRequestContractTest.cookieShape(r),
                    entry.getKey());
        }
    }

    /** Every email and SMS the portal sent, as {@code /dev/outbox.json} lists them. */
    private static String outbox() {
        return http.get("/dev/outbox.json").body();
    }
}
