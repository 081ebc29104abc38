package com.secureexchanges.portal.handler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.secretsmanager.OriginValues;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.testing.LoopbackSecretsManager;
import com.secureexchanges.portal.testing.MutableClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC X7: the viewer's address is believed only when CloudFront's secret origin header is there. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_CLOUDFRONT = new ClientAddress(Optional.of(
            OriginValues.of("s3cret-origin-value", Optional.empty())));

    /** A request for the captcha, from CloudFront's address 130.176.0.9, with {@code headers}. */
    private static APIGatewayProxyRequestEvent event(Map<String, String> headers) {
        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp("130.176.0.9");
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setIdentity(identity);
        return new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/api/captcha")
                .withHeaders(new HashMap<>(headers)).withRequestContext(context);
    }

    private static String ip(ClientAddress addresses, Map<String, String> headers) {
        return ApiRequest.of(event(headers), addresses).client().ip();
    }

    @Test
    void theViewerAddress_isUsedWithTheOriginSecret() {
        assertEquals("203.0.113.7", ip(BEHIND_CLOUDFRONT, Map.of("X-Origin-Verify", "s3cret-origin-value",
                "CloudFront-Viewer-Address", "203.0.113.7:46532")));
        assertEquals("2001:db8::1", ip(BEHIND_CLOUDFRONT, Map.of("x-origin-verify", "s3cret-origin-value",
                "cloudfront-viewer-address", "2001:db8::1:443")));
    }

    @Test
    void aForgedViewerAddress_isIgnored() {
        assertEquals("130.176.0.9", ip(BEHIND_CLOUDFRONT, Map.of("CloudFront-Viewer-Address", "203.0.113.7:1")));
        assertEquals("130.176.0.9", ip(BEHIND_CLOUDFRONT, Map.of("X-Origin-Verify", "guess",
                "CloudFront-Viewer-Address", "203.0.113.7:1")));
        assertEquals("130.176.0.9", ip(BEHIND_CLOUDFRONT, Map.of("X-Origin-Verify", "s3cret-origin-value",
                "CloudFront-Viewer-Address", "<script>:1")));
    }

    /** Issue 11, item 6: a rotation must not leave everyone behind CloudFront's own address for per-IP limits. */
    @Test
    void theViewerAddress_staysTrusted_whileTheOriginSecretRotates() {
        try (LoopbackSecretsManager aws = new LoopbackSecretsManager()) {
            MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
            ClientAddress addresses = new ClientAddress(aws.deploy(HmacKeys.generate(), "origin-one", clock,
                    line -> { }).origin());
            assertEquals("203.0.113.7", ip(addresses, fromCloudFront("origin-one")));

            aws.put(LoopbackSecretsManager.ORIGIN, "origin-two");
            clock.advance(LoopbackSecretsManager.lambdaConfig().secretsRefresh());
            assertEquals("203.0.113.7", ip(addresses, fromCloudFront("origin-one")), "before CloudFront is updated");
            assertEquals("203.0.113.7", ip(addresses, fromCloudFront("origin-two")), "after");
            assertEquals("130.176.0.9", ip(addresses, fromCloudFront("origin-three")));
        }
    }

    @Test
    void anOriginHeaderMatchingNoValue_isNamedInTheRequestLog_withoutTheValue() {
        List<String> lines = new ArrayList<>();
        Json json = new Json();
        Http http = new Http(json, new RequestLog(lines::add, json), "https://portal.example.test", BEHIND_CLOUDFRONT,
                () -> null);
        for (Map<String, String> headers : List.of(fromCloudFront("stale-value"), fromCloudFront("s3cret-origin-value"),
                Map.<String, String>of())) {
            assertEquals(200, http.handle(event(headers), Routes.CAPTCHA, request -> ApiResponse.json(200, "{}"))
                    .getStatusCode());
        }
        assertEquals(List.of(true, false, false),
                lines.stream().map(line -> line.contains("\"origin\":\"refused\"")).toList());
        assertFalse(lines.getFirst().contains("stale-value"), lines.getFirst());
    }

    private static Map<String, String> fromCloudFront(String originHeader) {
        return Map.of("X-Origin-Verify", originHeader, "CloudFront-Viewer-Address", "203.0.113.7:46532");
    }

    @Test
    void withoutCloudFront_theSourceIpIsTheClient() {
        assertEquals("130.176.0.9", ip(new ClientAddress(Optional.empty()), Map.of("X-Origin-Verify", "x",
                "CloudFront-Viewer-Address", "203.0.113.7:1")));
    }
}
