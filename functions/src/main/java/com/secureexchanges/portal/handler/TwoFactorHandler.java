package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Duration;

/**
 * {@code POST /api/2fa/verify} and {@code POST /api/2fa/resend} (SPEC M3): the second step of signing
 * in, in the browser holding the challenge cookie.
 */
public final class TwoFactorHandler extends ApiHandler {

    private final Http http;
    private final TwoFactorService twoFactor;
    private final Duration sessionLifetime;

    public TwoFactorHandler() {
        this(Portal.production());
        Priming.register(Routes.TWO_FACTOR, Portal.production(), TwoFactorHandler::new);
    }

    public TwoFactorHandler(Portal portal) {
        this.http = Http.of(portal);
        this.twoFactor = portal.twoFactor();
        this.sessionLifetime = portal.config().sessions().absolute();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.TWO_FACTOR, request -> switch (request.route().orElseThrow()) {
            case TWO_FACTOR_VERIFY -> {
                String code = http.json().requiredText(http.body(request), "code", 16);
                NewSession session = twoFactor.verifyLogin(request.cookie(Cookies.CHALLENGE), code, request.client());
                yield ApiResponse.json(200, "{\"next\":\"portal\"}")
                        .withCookie(Cookies.set(Cookies.SESSION, session.cookieValue(), sessionLifetime))
                        .withCookie(Cookies.clear(Cookies.CHALLENGE));
            }
            case TWO_FACTOR_RESEND -> {
                twoFactor.resendLogin(request.cookie(Cookies.CHALLENGE), request.client());
                yield ApiResponse.json(200, "{\"status\":\"sent\"}");
            }
            default -> throw new NotFound();
        });
    }
}
