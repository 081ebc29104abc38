package com.secureexchanges.portal.config;

import static com.secureexchanges.portal.config.TableAccess.read;
import static com.secureexchanges.portal.config.TableAccess.readWrite;

import java.util.List;

/**
 * The API (SPEC R), the single source for the dev server's dispatch, the API Gateway routes and the
 * per-function permissions. Plain Java so the CDK app can read it without the AWS SDK.
 */
public final class Routes {

    private static final String HANDLERS = "com.secureexchanges.portal.handler.";

    public static final FunctionSpec CAPTCHA = new FunctionSpec("Captcha", HANDLERS + "CaptchaHandler",
            List.of(readWrite(Tables.AUTH)), false, false, true);
    public static final FunctionSpec REQUEST_LOGIN = new FunctionSpec("RequestLogin", HANDLERS + "RequestLoginHandler",
            List.of(read(Tables.DIRECTORY), readWrite(Tables.AUTH)), true, false, true);
    public static final FunctionSpec REDEEM_LINK = new FunctionSpec("RedeemLink", HANDLERS + "RedeemLinkHandler",
            List.of(read(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS)), false, true, true);
    public static final FunctionSpec TWO_FACTOR = new FunctionSpec("TwoFactor", HANDLERS + "TwoFactorHandler",
            List.of(read(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS)), false, true, true);
    public static final FunctionSpec ACCOUNT = new FunctionSpec("Account", HANDLERS + "AccountHandler",
            List.of(readWrite(Tables.DIRECTORY), readWrite(Tables.AUTH), readWrite(Tables.SESSIONS)), false, true,
            true);
    public static final FunctionSpec SESSION = new FunctionSpec("Session", HANDLERS + "SessionHandler",
            List.of(readWrite(Tables.SESSIONS)), false, false, true);

    private Routes() {
    }

    public static List<Route> all() {
        return List.of(
                new Route("GET", "/api/captcha", CAPTCHA),
                new Route("POST", "/api/login/request", REQUEST_LOGIN),
                new Route("POST", "/api/login/redeem", REDEEM_LINK),
                new Route("POST", "/api/2fa/verify", TWO_FACTOR),
                new Route("POST", "/api/2fa/resend", TWO_FACTOR),
                new Route("GET", "/api/me", ACCOUNT),
                new Route("PUT", "/api/me", ACCOUNT),
                new Route("POST", "/api/me/2fa", ACCOUNT),
                new Route("POST", "/api/me/2fa/confirm", ACCOUNT),
                new Route("POST", "/api/logout", SESSION),
                new Route("GET", "/api/me/sessions", SESSION),
                new Route("POST", "/api/me/sessions/revoke-others", SESSION));
    }

    public static List<FunctionSpec> functions() {
        return all().stream().map(Route::function).distinct().toList();
    }
}
