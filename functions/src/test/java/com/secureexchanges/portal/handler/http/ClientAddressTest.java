package com.secureexchanges.portal.handler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC X7: the viewer's address is believed only when CloudFront's secret origin header is there. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_CLOUDFRONT = new ClientAddress(Optional.of("s3cret-origin-value"));

    private static String ip(ClientAddress addresses, Map<String, String> headers) {
        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp("130.176.0.9");
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setIdentity(identity);
        return ApiRequest.of(new APIGatewayProxyRequestEvent().withHeaders(new HashMap<>(headers))
                .withRequestContext(context), addresses).client().ip();
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

    @Test
    void withoutCloudFront_theSourceIpIsTheClient() {
        assertEquals("130.176.0.9", ip(new ClientAddress(Optional.empty()), Map.of("X-Origin-Verify", "x",
                "CloudFront-Viewer-Address", "203.0.113.7:1")));
    }
}
