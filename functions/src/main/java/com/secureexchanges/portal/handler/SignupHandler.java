package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.signup.SignupConfirmation;
import com.secureexchanges.portal.core.signup.SignupRequest;
import com.secureexchanges.portal.core.signup.SignupService;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Json;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first purchase (SPEC A2). {@code POST /api/signup/request} answers {@code 202 {"status":"accepted"}}
 * with a fresh binding cookie whatever happens next, exactly as the sign-in request does; only malformed
 * input (400) and the per-IP limit (429) answer otherwise. {@code POST /api/signup/confirm} shows the order
 * behind a link ({@code 200}), or with {@code "confirm": true} opens the account and signs its first
 * administrator in ({@code 201}); Error 2 in another browser, {@code 410} for a used or expired link.
 */
public final class SignupHandler extends ApiHandler {

    private final Http http;
    private final SignupService signup;
    private final SignupConfirmation confirmation;
    private final SessionService sessions;
    private final Duration bindingLifetime;
    private final Duration sessionLifetime;

    public SignupHandler() {
        this(Portal.production());
        Priming.register(Routes.SIGNUP, Portal.production(), SignupHandler::new);
    }

    public SignupHandler(Portal portal) {
        this.http = Http.of(portal);
        this.signup = portal.signup();
        this.confirmation = portal.signupConfirmation();
        this.sessions = portal.sessions();
        this.bindingLifetime = portal.config().login().linkTtl();
        this.sessionLifetime = portal.config().sessions().absolute();
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
            case SIGNUP_CONFIRM -> {
                JsonValue body = http.body(request);
                String token = http.json().requiredText(body, "token", 100);
                if (!http.json().optionalBoolean(body, "confirm").orElse(false)) {
                    yield ApiResponse.json(200, http.json().write(review(confirmation.review(token,
                            request.cookie(Cookies.BINDING)))));
                }
                // Like a sign-in in this browser: the session it held before ends (security review, finding 12).
                sessions.close(request.cookie(Cookies.SESSION));
                SignupConfirmation.Opened opened = confirmation.confirm(token, request.cookie(Cookies.BINDING),
                        request.client());
                yield ApiResponse.json(201, http.json().write(Map.of("next", "portal", "accountId",
                        opened.accountId()))).withCookie(Cookies.set(Cookies.SESSION, opened.sessionCookie(),
                        sessionLifetime));
            }
            default -> throw new NotFound();
        });
    }

    private static Map<String, Object> review(SignupConfirmation.Review review) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", review.signup().organization());
        body.put("plan", review.plan().id());
        body.put("quantity", review.signup().quantity());
        body.put("monthlyTotal", Map.of("amount", review.monthlyTotal().cents(), "currency",
                review.monthlyTotal().currency()));
        return body;
    }

    private static SignupRequest input(JsonValue body, Json json) {
        var email = EmailAddress.parse(json.requiredText(body, "email", EmailAddress.MAX_LENGTH + 16));
        return new SignupRequest(email, json.requiredText(body, "organization", SignupRequest.MAX_ORGANIZATION + 16),
                json.requiredText(body, "plan", 32), json.requiredInt(body, "quantity", 1, SignupRequest.MAX_QUANTITY),
                json.requiredText(body, "captchaId", 200), json.requiredText(body, "captchaAnswer", 32));
    }
}
