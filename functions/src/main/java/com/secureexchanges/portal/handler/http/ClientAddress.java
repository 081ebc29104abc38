package com.secureexchanges.portal.handler.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The client's IP behind CloudFront (SPEC X7). API Gateway's source IP is then CloudFront's, so the
 * viewer's comes from {@code CloudFront-Viewer-Address}, trusted only on requests that carry the
 * secret origin header CloudFront adds; anyone can send the viewer header, nobody else knows the secret.
 */
public final class ClientAddress {

    public static final String ORIGIN_HEADER = "x-origin-verify";
    public static final String VIEWER_HEADER = "cloudfront-viewer-address";

    private final Optional<byte[]> originSecret;

    /** @param originSecret the header value CloudFront sends; empty where there is no CloudFront (local) */
    public ClientAddress(Optional<String> originSecret) {
        this.originSecret = originSecret.map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    public String of(ApiRequest request, String sourceIp) {
        if (originSecret.isEmpty()) {
            return sourceIp;
        }
        boolean fromCloudFront = request.header(ORIGIN_HEADER)
                .map(v -> MessageDigest.isEqual(v.getBytes(StandardCharsets.UTF_8), originSecret.get()))
                .orElse(false);
        if (!fromCloudFront) {
            return sourceIp;
        }
        return request.header(VIEWER_HEADER).map(ClientAddress::withoutPort).filter(ip -> !ip.isEmpty())
                .orElse(sourceIp);
    }

    /** "203.0.113.7:46532" and "2001:db8::1:46532" both end with ":port". */
    static String withoutPort(String viewerAddress) {
        int colon = viewerAddress.lastIndexOf(':');
        String ip = colon > 0 ? viewerAddress.substring(0, colon) : viewerAddress;
        return ip.matches("[0-9A-Fa-f:.]{2,45}") ? ip : "";
    }
}
