package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.session.NewSession;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.handler.http.UserInput;
import com.secureexchanges.portal.handler.http.Views;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * "My account" (SPEC S3, M1): {@code GET/PUT /api/me}, {@code POST /api/me/2fa} and its confirmation,
 * and the caller's organisation, {@code GET /api/account} (SPEC A0).
 */
public final class AccountHandler extends ApiHandler {

    private static final Set<String> PROFILE_FIELDS = Set.of("firstName", "lastName", "language", "timeZone",
            "dateCulture", "mobile");

    private final Http http;
    private final ProfileService profiles;
    private final SecondFactorSettings secondFactor;
    private final SessionService sessions;
    private final Duration sessionLifetime;
    private final Clock clock;

    public AccountHandler() {
        this(Portal.production());
        Priming.register(Routes.ACCOUNT, Portal.production(), AccountHandler::new);
    }

    public AccountHandler(Portal portal) {
        this.http = Http.of(portal);
        this.profiles = portal.profiles();
        this.secondFactor = portal.secondFactor();
        this.sessions = portal.sessions();
        this.sessionLifetime = portal.config().sessions().absolute();
        this.clock = portal.environment().clock();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.ACCOUNT, request -> {
            Caller caller = request.caller();
            return switch (request.route().orElseThrow()) {
                case ME -> me(caller.user(), caller);
                case ACCOUNT -> ok(Views.account(caller.account()));
                case ME_UPDATE -> {
                    // SPEC R: a PUT changes only the fields it is given; "mobile": null removes the number.
                    JsonValue body = http.body(request);
                    UserInput.onlyKnown(body, PROFILE_FIELDS);
                    var json = http.json();
                    Profile now = caller.user().profile();
                    Profile profile = new Profile(
                            json.optionalText(body, "firstName", Profile.MAX_NAME).orElse(now.firstName()),
                            json.optionalText(body, "lastName", Profile.MAX_NAME).orElse(now.lastName()),
                            json.optionalText(body, "language", 5).map(AccountHandler::language).orElse(now.language()),
                            json.optionalText(body, "timeZone", 64).orElse(now.timeZone()),
                            json.optionalText(body, "dateCulture", 8).orElse(now.dateCulture()));
                    var mobile = body.has("mobile") ? json.optionalText(body, "mobile", 32).map(PhoneNumber::parse)
                            : caller.user().security().mobile();
                    yield me(profiles.update(caller, profile, mobile), caller);
                }
                case ME_TWO_FACTOR -> {
                    JsonValue body = http.body(request);
                    if (!http.json().requiredBoolean(body, "enable")) {
                        yield me(secondFactor.disable(caller), caller);
                    }
                    PhoneNumber mobile = PhoneNumber.parse(http.json().requiredText(body, "mobile", 32));
                    var result = secondFactor.enable(caller, mobile);
                    yield switch (result.status()) {
                        case CODE_SENT -> ApiResponse.json(202, "{\"status\":\"code_sent\"}");
                        case ENABLED -> me(result.user(), caller);
                    };
                }
                case ME_TWO_FACTOR_CONFIRM -> {
                    boolean setUp = caller.user().security().mustSetUp();
                    ApiResponse confirmed = me(secondFactor.confirm(caller,
                            http.json().requiredText(http.body(request), "code", 16)), caller);
                    if (!setUp) {
                        yield confirmed;
                    }
                    // The setup session came from the mailbox alone: once the phone is proven it gets a new id.
                    NewSession fresh = sessions.replace(caller.session(), request.client());
                    yield confirmed.withCookie(Cookies.set(Cookies.SESSION, fresh.cookieValue(), sessionLifetime));
                }
                default -> throw new NotFound();
            };
        });
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new InvalidInput(ErrorId.INVALID_LANGUAGE));
    }

    /** The profile of {@code user}, the caller as some change left them. */
    private ApiResponse me(User user, Caller caller) {
        return ok(Views.me(user, caller.account(), clock.instant()));
    }

    private ApiResponse ok(Object view) {
        return ApiResponse.json(200, http.json().write(view));
    }
}
