package com.secureexchanges.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The login page's weight in real Chromium (issue 12, item 6): every response of a first visit with an
 * empty cache, the captcha image included, summed as the browser received them (headers and the body as
 * sent, compressed where it was), stays under 50 KB. A size, not a duration.
 */
class LoginPageWeightBrowserTest extends BrowserJourney {

    static final long BUDGET_BYTES = 50_000;

    @Test
    void firstVisit_withTheCaptcha_transfersUnder50KB_textCompressed() {
        List<Request> finished = new ArrayList<>();
        Page page = context.newPage();
        page.onRequestFinished(finished::add);
        page.navigate(portal.url() + "/");
        LoginPage.waitForCaptcha(page);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        long total = 0;
        StringBuilder report = new StringBuilder();
        List<String> uncompressedText = new ArrayList<>();
        for (Request request : finished) {
            var sizes = request.sizes();
            long bytes = Math.max(0, sizes.responseHeadersSize) + Math.max(0, sizes.responseBodySize);
            total += bytes;
            var response = request.response();
            String type = response.headerValue("content-type");
            String encoding = response.headerValue("content-encoding");
            report.append(String.format("%7d %s %s%n", bytes, encoding == null ? "-" : encoding,
                    request.url().replace(portal.url(), "")));
            boolean staticText = type != null && !request.url().contains("/api/")
                    && (type.startsWith("text/") || type.startsWith("application/json"));
            if (staticText && !"gzip".equals(encoding)) {
                uncompressedText.add(request.url());
            }
        }
        System.out.println("login page, first visit: " + total + " bytes transferred\n" + report);
        assertTrue(finished.stream().anyMatch(r -> r.url().contains("/api/captcha")), "the captcha is counted");
        assertEquals(List.of(), uncompressedText, "the site's text files arrive gzipped");
        assertTrue(total < BUDGET_BYTES, "login page transfers " + total + " bytes:\n" + report);
    }
}
