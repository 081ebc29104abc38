package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.wiring.Dependencies;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/me} and {@code POST /api/logout} (SPEC S1, S3). */
public final class SessionHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final Http http;
    private final ProfileService profiles;
    private final SessionService sessions;

    public SessionHandler() {
        this(Dependencies.production());
    }

    public SessionHandler(Dependencies deps) {
        this.http = deps.http();
        this.profiles = deps.profiles();
        this.sessions = deps.sessions();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, request -> switch (request.method() + " " + request.route()) {
            case "GET /api/me" -> ApiResponse.json(200,
                    http.json().write(view(profiles.current(request.cookie(Cookies.SESSION)))));
            case "POST /api/logout" -> {
                http.requireSameOrigin(request);
                sessions.close(request.cookie(Cookies.SESSION));
                yield ApiResponse.json(200, "{\"status\":\"signed_out\"}").withCookie(Cookies.clear(Cookies.SESSION));
            }
            default -> throw new NotFound();
        });
    }

    private static Map<String, Object> view(User user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", user.email().value());
        body.put("firstName", user.firstName());
        body.put("lastName", user.lastName());
        body.put("language", user.language().code());
        body.put("role", user.role().name().toLowerCase(Locale.ROOT));
        return body;
    }
}
