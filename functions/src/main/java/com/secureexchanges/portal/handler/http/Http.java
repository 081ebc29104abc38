package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Access;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.access.CallerService;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.error.Unavailable;
import com.secureexchanges.portal.core.error.UnsupportedMediaType;
import com.secureexchanges.portal.wiring.Portal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What every handler shares: decoding, the route and who may call it, the same-origin check, error
 * mapping and the request log. Before a handler runs, its route is known, a state-changing call has
 * been checked to come from the site, and the caller has been resolved from storage when the route
 * needs one. Domain errors become their 4xx; anything unexpected becomes a bare 500 whose cause is
 * logged, never sent.
 */
public final class Http {

    /** The header the site sends on every call; a cross-site form cannot set it. */
    public static final String SITE_HEADER = "X-Portal-Request";

    private final Json json;
    private final RequestLog log;
    private final String siteOrigin;
    private final ClientAddress addresses;
    private final Supplier<CallerService> callers;

    public Http(Json json, RequestLog log, String siteOrigin, ClientAddress addresses, Supplier<CallerService> callers) {
        this.json = json;
        this.log = log;
        this.siteOrigin = siteOrigin;
        this.addresses = addresses;
        this.callers = callers;
    }

    /** The handlers' shared parts, from the composition root. */
    public static Http of(Portal portal) {
        Json json = new Json();
        var env = portal.environment();
        return new Http(json, new RequestLog(env.logSink(), json), portal.config().siteOrigin(),
                new ClientAddress(env.originSecret()), portal::callers);
    }

    /**
     * Runs {@code action} for a request to one of {@code function}'s routes; any other route is
     * {@code 404 not_found}.
     */
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, FunctionSpec function,
                                              Function<ApiRequest, ApiResponse> action) {
        long start = System.nanoTime();
        ApiRequest request = ApiRequest.of(event, addresses);
        String route = request.method() + " " + request.routeName();
        ApiResponse response;
        String errorId = null;
        boolean refusedOrigin = false;
        try {
            refusedOrigin = addresses.refusesOrigin(request);
            admit(request, function);
            response = action.apply(request);
        } catch (PortalException e) {
            response = ErrorMapper.toResponse(e, json, request.language());
            errorId = e.id();
        } catch (SdkException storeUnavailable) {
            // DynamoDB unreachable or throttling past the SDK's retries: every write is one transaction, so
            // nothing of this request was written, and it may be sent again.
            log.failure(route, request.requestId(), storeUnavailable);
            Unavailable unavailable = new Unavailable(ErrorId.SERVICE_UNAVAILABLE);
            response = ErrorMapper.toResponse(unavailable, json, request.language());
            errorId = unavailable.id();
        } catch (RuntimeException e) {
            log.failure(route, request.requestId(), e);
            response = ErrorMapper.internalError(json, request.language());
            errorId = ErrorId.INTERNAL_ERROR.id();
        }
        log.request(route, response.status(), errorId, (System.nanoTime() - start) / 1_000_000, request.requestId(),
                refusedOrigin);
        return response.toEvent();
    }

    private void admit(ApiRequest request, FunctionSpec function) {
        Route route = request.route().filter(r -> r.function().equals(function)).orElseThrow(NotFound::new);
        if (route.changesState()) {
            requireSameOrigin(request);
        }
        if (route.access() == Access.PUBLIC) {
            return;
        }
        Caller caller = callers.get().resolve(request.cookie(Cookies.SESSION), request.client(),
                route.subjectParameter().map(request::pathParameter));
        if (route.access() == Access.ADMINISTRATOR) {
            caller.requireAdministrator();
        }
        if (caller.user().security().mustSetUp() && !route.openDuringTwoFactorSetUp()) {
            throw new Forbidden(ErrorId.TWO_FACTOR_SETUP_REQUIRED);
        }
        request.authenticated(caller);
    }

    private Caller resolve(ApiRequest request) {
        return callers.get().resolve(request.cookie(Cookies.SESSION), request.client());
    }

    /** The caller of a public route that may have one (signing out); empty without a live session. */
    public Optional<Caller> optionalCaller(ApiRequest request) {
        if (request.cookie(Cookies.SESSION).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(resolve(request));
        } catch (PortalException noLiveSession) {
            return Optional.empty();
        }
    }

    /**
     * Refuses state-changing calls that do not come from the site (SPEC S2): the {@code Origin}
     * header, when sent, must be the site's; without it, the site's own header must be present.
     */
    private void requireSameOrigin(ApiRequest request) {
        Optional<String> origin = request.header("origin");
        boolean ok = origin.map(siteOrigin::equals)
                .orElseGet(() -> request.header(SITE_HEADER).isPresent());
        if (!ok) {
            throw new Forbidden(ErrorId.CROSS_ORIGIN);
        }
    }

    /**
     * The request's JSON object. It must be sent as {@code application/json} ({@code 415} otherwise:
     * security review, finding 11), so a form post from another site can never be read as JSON.
     */
    public JsonValue body(ApiRequest request) {
        String type = request.header("content-type").orElse("");
        if (!type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            throw new UnsupportedMediaType(ErrorId.UNSUPPORTED_MEDIA_TYPE);
        }
        return json.parseObject(request.body());
    }

    public Json json() {
        return json;
    }
}
