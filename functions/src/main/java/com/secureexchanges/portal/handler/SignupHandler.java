package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.signup.SignupRequest;
import com.secureexchanges.portal.core.signup.SignupService;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Json;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Duration;

/**
 * {@code POST /api/signup/request} (SPEC A2): answers {@code 202 {"status":"accepted"}} with a fresh
 * binding cookie whatever happens next, exactly as the sign-in request does; only malformed input
 * (400) and the per-IP limit (429) answer otherwise.
 */
public final class SignupHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final Http http;
    private final SignupService signup;
    private final Duration bindingLifetime;

    public SignupHandler() {
        this(Portal.production());
    }

    public SignupHandler(Portal portal) {
        this.http = Http.of(portal);
        this.signup = portal.signup();
        this.bindingLifetime = portal.config().login().linkTtl();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.SIGNUP, request -> switch (request.route().orElseThrow()) {
            case SIGNUP_REQUEST -> {
                String binding = signup.request(input(http.body(request), http.json()), request.cookie(Cookies.BINDING),
                        request.client());
                yield ApiResponse.json(202, RequestLoginHandler.ACCEPTED)
                        .withCookie(Cookies.set(Cookies.BINDING, binding, bindingLifetime));
            }
            default -> throw new NotFound();
        });
    }

    private static SignupRequest input(ObjectNode body, Json json) {
        var email = EmailAddress.parse(json.requiredText(body, "email", EmailAddress.MAX_LENGTH + 16));
        return new SignupRequest(email, json.requiredText(body, "organization", SignupRequest.MAX_ORGANIZATION + 16),
                json.requiredText(body, "plan", 32), json.requiredInt(body, "quantity", 1, SignupRequest.MAX_QUANTITY),
                json.requiredText(body, "captchaId", 200), json.requiredText(body, "captchaAnswer", 32));
    }
}
