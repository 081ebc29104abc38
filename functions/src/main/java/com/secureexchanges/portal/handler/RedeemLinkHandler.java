package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.login.LinkRedemption;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/login/redeem} (SPEC L6): the sign-in page posts the token from the link's fragment;
 * a GET of that page changes nothing, so mail scanners cannot use or burn a link. Users with 2FA get
 * an SMS code and a challenge cookie instead of a session ({@code {"next":"2fa"}}).
 */
public final class RedeemLinkHandler extends ApiHandler {

    private final Http http;
    private final LinkRedemption redemption;
    private final SessionService sessions;
    private final Duration sessionLifetime;
    private final Duration challengeLifetime;

    public RedeemLinkHandler() {
        this(Portal.production());
        Priming.register(Routes.REDEEM_LINK, Portal.production(), RedeemLinkHandler::new);
    }

    public RedeemLinkHandler(Portal portal) {
        this.http = Http.of(portal);
        this.redemption = portal.redemption();
        this.sessions = portal.sessions();
        this.sessionLifetime = portal.config().sessions().absolute();
        this.challengeLifetime = portal.config().twoFactor().challengeTtl();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.REDEEM_LINK, request -> switch (request.route().orElseThrow()) {
            case LOGIN_REDEEM -> {
                String token = http.json().requiredText(http.body(request), "token", 100);
                RedeemResult result = redemption.redeem(token, request.cookie(Cookies.BINDING), request.client());
                // A new sign-in in this browser ends the session it held before (security review, finding 12).
                sessions.close(request.cookie(Cookies.SESSION));
                String cookie = switch (result.next()) {
                    case PORTAL, TWO_FACTOR_SETUP -> Cookies.set(Cookies.SESSION, result.cookieValue(), sessionLifetime);
                    case TWO_FACTOR -> Cookies.set(Cookies.CHALLENGE, result.cookieValue(), challengeLifetime);
                };
                // The binding cookie stays until it expires with the link: this browser can still be told that
                // a used link is used, while any other browser only ever gets Error 2.
                String next = switch (result.next()) {
                    case PORTAL -> "portal";
                    case TWO_FACTOR -> "2fa";
                    case TWO_FACTOR_SETUP -> "2fa-setup";
                };
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("next", next);
                result.sentTo().ifPresent(masked -> body.put("sentTo", masked));
                yield ApiResponse.json(200, http.json().write(body)).withCookie(cookie);
            }
            default -> throw new NotFound();
        });
    }
}
