package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.config.SiteHeaders;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC X4 locally: the dev server sends the same security headers as CloudFront in AWS. */
class SecurityHeadersTest {

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();

    @Test
    void pagesAndApiAnswers_carryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login/redeem", "/account", "/api/captcha", "/dev/outbox"}) {
            HttpResponse<String> r = portal.http().get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(SiteHeaders.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy")
                    .orElse(""), path);
            assertEquals("max-age=63072000; includeSubDomains", r.headers().firstValue("Strict-Transport-Security")
                    .orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }
}
