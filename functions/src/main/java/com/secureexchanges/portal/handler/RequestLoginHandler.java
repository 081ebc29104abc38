package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.login.LoginService;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Duration;

/**
 * {@code POST /api/login/request} (SPEC L3, L4). Answers {@code 202 {"status":"accepted"}} with a fresh
 * binding cookie whatever the captcha, the address or its limits: only malformed input (400) and the
 * per-IP limit (429), which do not depend on the account, answer otherwise.
 */
public final class RequestLoginHandler extends ApiHandler {

    static final String ACCEPTED = "{\"status\":\"accepted\"}";

    private final Http http;
    private final LoginService login;
    private final Duration bindingLifetime;

    public RequestLoginHandler() {
        this(Portal.production());
        Priming.register(Routes.REQUEST_LOGIN, Portal.production(), RequestLoginHandler::new);
    }

    public RequestLoginHandler(Portal portal) {
        this.http = Http.of(portal);
        this.login = portal.login();
        this.bindingLifetime = portal.config().login().linkTtl();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.REQUEST_LOGIN, request -> switch (request.route().orElseThrow()) {
            case LOGIN_REQUEST -> {
                var body = http.body(request);
                var json = http.json();
                var email = EmailAddress.parse(json.requiredText(body, "email", EmailAddress.MAX_LENGTH + 16));
                var input = new LoginRequest(email, json.requiredText(body, "captchaId", 200),
                        json.requiredText(body, "captchaAnswer", 32));
                String binding = login.requestLink(input, request.cookie(Cookies.BINDING), request.client());
                yield ApiResponse.json(202, ACCEPTED).withCookie(Cookies.set(Cookies.BINDING, binding, bindingLifetime));
            }
            default -> throw new NotFound();
        });
    }
}
