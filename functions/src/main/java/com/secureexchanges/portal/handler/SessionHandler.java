package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.access.SessionControl;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sessions (SPEC S1): {@code POST /api/logout}, the user's active sessions, and signing the others out. */
public final class SessionHandler extends ApiHandler {

    private final Http http;
    private final SessionService sessions;
    private final SessionControl control;

    public SessionHandler() {
        this(Portal.production());
        Priming.register(Routes.SESSION, Portal.production(), SessionHandler::new);
    }

    public SessionHandler(Portal portal) {
        this.http = Http.of(portal);
        this.sessions = portal.sessions();
        this.control = portal.sessionControl();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.SESSION, request -> switch (request.route().orElseThrow()) {
            case LOGOUT -> {
                // Idempotent: without a live session (or for a suspended user) the cookie is only cleared.
                http.optionalCaller(request).ifPresentOrElse(control::logout,
                        () -> sessions.close(request.cookie(Cookies.SESSION)));
                yield ApiResponse.json(200, "{\"status\":\"signed_out\"}").withCookie(Cookies.clear(Cookies.SESSION));
            }
            case MY_SESSIONS -> {
                Session current = request.caller().session();
                List<Map<String, Object>> list = sessions.list(current).stream().map(s -> view(s, current)).toList();
                yield ApiResponse.json(200, http.json().write(Map.of("sessions", list)));
            }
            case REVOKE_OTHER_SESSIONS -> ApiResponse.json(200, http.json().write(
                    Map.of("signedOut", control.revokeOthers(request.caller()))));
            default -> throw new NotFound();
        });
    }

    /** A session as its owner sees it; the id shown is a short prefix of the stored hash, not the cookie. */
    private static Map<String, Object> view(Session s, Session current) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.idHash().substring(0, 10));
        out.put("browser", s.browser());
        out.put("createdAt", s.createdAt().toString());
        out.put("lastSeenAt", s.lastSeenAt().toString());
        out.put("current", s.idHash().equals(current.idHash()));
        return out;
    }
}
