package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.core.user.Me;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.handler.http.ApiRequest;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.wiring.Dependencies;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** "My account" (SPEC S3, M1): {@code GET/PUT /api/me}, {@code POST /api/me/2fa} and its confirmation. */
public final class AccountHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final Http http;
    private final ProfileService profiles;
    private final SecondFactorSettings secondFactor;

    public AccountHandler() {
        this(Dependencies.production());
    }

    public AccountHandler(Dependencies deps) {
        this.http = deps.http();
        this.profiles = deps.profiles();
        this.secondFactor = deps.secondFactor();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, request -> switch (request.method() + " " + request.route()) {
            case "GET /api/me" -> ok(me(request).user());
            case "PUT /api/me" -> {
                Me me = changing(request);
                ObjectNode body = http.body(request);
                var json = http.json();
                Profile profile = new Profile(json.requiredText(body, "firstName", Profile.MAX_NAME),
                        json.requiredText(body, "lastName", Profile.MAX_NAME), language(json.requiredText(body,
                        "language", 5)), json.requiredText(body, "timeZone", 64),
                        json.requiredText(body, "dateCulture", 8));
                yield ok(profiles.update(me, profile, json.optionalText(body, "mobile", 32).map(PhoneNumber::parse)));
            }
            case "POST /api/me/2fa" -> {
                Me me = changing(request);
                ObjectNode body = http.body(request);
                if (!http.json().requiredBoolean(body, "enable")) {
                    yield ok(secondFactor.disable(me.user(), me.session()));
                }
                PhoneNumber mobile = PhoneNumber.parse(http.json().requiredText(body, "mobile", 32));
                yield switch (secondFactor.enable(me.user(), mobile)) {
                    case CODE_SENT -> ApiResponse.json(202, "{\"status\":\"code_sent\"}");
                    case ENABLED -> ok(me(request).user());
                };
            }
            case "POST /api/me/2fa/confirm" -> {
                Me me = changing(request);
                yield ok(secondFactor.confirm(me.user(), http.json().requiredText(http.body(request), "code", 16)));
            }
            default -> throw new NotFound();
        });
    }

    private Me me(ApiRequest request) {
        return profiles.current(request.cookie(Cookies.SESSION));
    }

    private Me changing(ApiRequest request) {
        http.requireSameOrigin(request);
        return me(request);
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new InvalidInput("invalid_language", "Choose English or French."));
    }

    private ApiResponse ok(User user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", user.email().value());
        body.put("firstName", user.profile().firstName());
        body.put("lastName", user.profile().lastName());
        body.put("language", user.profile().language().code());
        body.put("timeZone", user.profile().timeZone());
        body.put("dateCulture", user.profile().dateCulture());
        body.put("role", user.role().name().toLowerCase(Locale.ROOT));
        body.put("licenseType", null);
        body.put("mobile", user.security().mobile().map(PhoneNumber::value).orElse(null));
        body.put("mobileVerified", user.security().verified());
        body.put("twoFactorEnabled", user.security().twoFactor());
        return ApiResponse.json(200, http.json().write(body));
    }
}
