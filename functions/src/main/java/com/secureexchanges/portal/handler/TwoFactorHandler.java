package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.wiring.Dependencies;
import java.time.Duration;

/**
 * {@code POST /api/2fa/verify} and {@code POST /api/2fa/resend} (SPEC M3): the second step of signing
 * in, in the browser holding the challenge cookie.
 */
public final class TwoFactorHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final Http http;
    private final TwoFactorService twoFactor;
    private final Duration sessionLifetime;

    public TwoFactorHandler() {
        this(Dependencies.production());
    }

    public TwoFactorHandler(Dependencies deps) {
        this.http = deps.http();
        this.twoFactor = deps.twoFactor();
        this.sessionLifetime = deps.config().sessions().absolute();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, request -> switch (request.method() + " " + request.route()) {
            case "POST /api/2fa/verify" -> {
                http.requireSameOrigin(request);
                String code = http.json().requiredText(http.body(request), "code", 16);
                NewSession session = twoFactor.verifyLogin(request.cookie(Cookies.CHALLENGE), code, request.client());
                yield ApiResponse.json(200, "{\"next\":\"portal\"}")
                        .withCookie(Cookies.set(Cookies.SESSION, session.cookieValue(), sessionLifetime))
                        .withCookie(Cookies.clear(Cookies.CHALLENGE));
            }
            case "POST /api/2fa/resend" -> {
                http.requireSameOrigin(request);
                twoFactor.resendLogin(request.cookie(Cookies.CHALLENGE));
                yield ApiResponse.json(200, "{\"status\":\"sent\"}");
            }
            default -> throw new NotFound();
        });
    }
}
