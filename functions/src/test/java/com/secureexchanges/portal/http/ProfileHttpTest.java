package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC R: {@code PUT /api/me} changes only the fields it is given. */
class ProfileHttpTest {

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    @Test
    void aPartialPut_changesOnlyWhatItGives() {
        String session = http.loginAdmin(RunningPortal.CAPTCHA);
        String before = http.get("/api/me", session).body();
        HttpResponse<String> changed = http.send("PUT", "/api/me", "{\"timeZone\":\"Asia/Tokyo\"}",
                Map.of("Origin", portal.url(), "X-Portal-Request", "1"), session);
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"timeZone\":\"Asia/Tokyo\""), changed.body());
        assertEquals(before.replaceAll("\"timeZone\":\"[^\"]*\"", ""),
                changed.body().replaceAll("\"timeZone\":\"[^\"]*\"", ""), "nothing else changed");
    }
}
