package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.PortalException;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every handler shares: decoding, the same-origin check, error mapping and the request log.
 * Domain errors become their 4xx; anything unexpected becomes a bare 500 whose cause is logged, never
 * sent.
 */
public final class Http {

    /** The header the site sends on every call; a cross-site form cannot set it. */
    public static final String SITE_HEADER = "X-Portal-Request";

    private final Json json;
    private final RequestLog log;
    private final String siteOrigin;
    private final ClientAddress addresses;

    public Http(Json json, RequestLog log, String siteOrigin, ClientAddress addresses) {
        this.json = json;
        this.log = log;
        this.siteOrigin = siteOrigin;
        this.addresses = addresses;
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event,
                                              Function<ApiRequest, ApiResponse> action) {
        long start = System.nanoTime();
        ApiRequest request = ApiRequest.of(event, addresses);
        String route = request.method() + " " + request.route();
        ApiResponse response;
        String errorId = null;
        try {
            response = action.apply(request);
        } catch (PortalException e) {
            response = ErrorMapper.toResponse(e, json);
            errorId = e.id();
        } catch (RuntimeException e) {
            log.failure(route, request.requestId(), e);
            response = ErrorMapper.internalError(json);
            errorId = "internal_error";
        }
        log.request(route, response.status(), errorId, (System.nanoTime() - start) / 1_000_000, request.requestId());
        return response.toEvent();
    }

    /**
     * Refuses state-changing calls that do not come from the site (SPEC S2): the {@code Origin}
     * header, when sent, must be the site's; without it, the site's own header must be present.
     */
    public void requireSameOrigin(ApiRequest request) {
        Optional<String> origin = request.header("origin");
        boolean ok = origin.map(siteOrigin::equals)
                .orElseGet(() -> request.header(SITE_HEADER).isPresent());
        if (!ok) {
            throw new Forbidden("cross_origin", "This request must come from the portal's own pages.");
        }
    }

    public ObjectNode body(ApiRequest request) {
        return json.parseObject(request.body());
    }

    public Json json() {
        return json;
    }
}
