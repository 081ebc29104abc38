package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.port.OriginSecret;
import java.util.Optional;

/**
 * The client's IP behind CloudFront (SPEC X7). API Gateway's source IP is then CloudFront's, so the
 * viewer's comes from {@code CloudFront-Viewer-Address}, trusted only on requests that carry the
 * secret origin header CloudFront adds; anyone can send the viewer header, nobody else knows the secret.
 * The secret rotates: during a rotation both its current and its previous value are accepted.
 */
public final class ClientAddress {

    public static final String ORIGIN_HEADER = "x-origin-verify";
    public static final String VIEWER_HEADER = "cloudfront-viewer-address";

    private final Optional<OriginSecret> originSecret;

    /** @param originSecret the check of the value CloudFront sends; empty where there is no CloudFront (local) */
    public ClientAddress(Optional<OriginSecret> originSecret) {
        this.originSecret = originSecret;
    }

    public String of(ApiRequest request, String sourceIp) {
        if (!fromCloudFront(request)) {
            return sourceIp;
        }
        return request.header(VIEWER_HEADER).map(ClientAddress::withoutPort).filter(ip -> !ip.isEmpty())
                .orElse(sourceIp);
    }

    /**
     * Whether the request carries an origin header that matches no value valid now: someone guessing, or
     * CloudFront sending a value the functions do not accept (a rotation done out of order), which would
     * put everyone behind CloudFront's own addresses. The request log says so, so that it is not silent.
     */
    public boolean refusesOrigin(ApiRequest request) {
        return originSecret.isPresent() && request.header(ORIGIN_HEADER).isPresent() && !fromCloudFront(request);
    }

    private boolean fromCloudFront(ApiRequest request) {
        return originSecret.isPresent() && request.header(ORIGIN_HEADER).map(originSecret.get()::accepts).orElse(false);
    }

    /** "203.0.113.7:46532" and "2001:db8::1:46532" both end with ":port". */
    static String withoutPort(String viewerAddress) {
        int colon = viewerAddress.lastIndexOf(':');
        String ip = colon > 0 ? viewerAddress.substring(0, colon) : viewerAddress;
        return ip.matches("[0-9A-Fa-f:.]{2,45}") ? ip : "";
    }
}
