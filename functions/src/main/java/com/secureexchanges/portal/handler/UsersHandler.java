package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.user.UserAdministration;
import com.secureexchanges.portal.core.user.UserLifecycle;
import com.secureexchanges.portal.core.user.UserQuery;
import com.secureexchanges.portal.core.userimport.UserImport;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiRequest;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.CsvImport;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.handler.http.UserInput;
import com.secureexchanges.portal.handler.http.Views;
import com.secureexchanges.portal.wiring.Portal;
import java.util.Map;

/**
 * The users of the caller's account, for its administrators (SPEC U1, U2, U3, R): the list, one user,
 * adding, importing from CSV (the template, a dry run, the import), editing, deleting, suspending,
 * reactivating and signing out everywhere.
 */
public final class UsersHandler extends ApiHandler {

    private static final String CSV = "text/csv; charset=utf-8";

    private final Http http;
    private final UserAdministration users;
    private final UserLifecycle lifecycle;
    private final UserImport imports;
    private final UserInput input;

    public UsersHandler() {
        this(Portal.production());
        Priming.register(Routes.USERS, Portal.production(), UsersHandler::new);
    }

    public UsersHandler(Portal portal) {
        this.http = Http.of(portal);
        this.users = portal.userAdministration();
        this.lifecycle = portal.userLifecycle();
        this.imports = portal.userImport();
        this.input = new UserInput(http.json());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.USERS, request -> switch (request.route().orElseThrow()) {
            case USERS -> ok(Views.users(users.list(request.caller(), request.query("query"), sort(request),
                    request.query("cursor"))));
            case USER_ADD -> ApiResponse.json(201, http.json().write(Views.user(users.add(request.caller(),
                    input.newUser(http.body(request))))));
            case USERS_IMPORT_TEMPLATE -> ApiResponse.of(200, CsvImport.template(), CSV, Map.of(
                    "Content-Disposition", "attachment; filename=\"users-template.csv\""));
            case USERS_IMPORT -> ok(Views.importReport(imports.run(request.caller(), CsvImport.read(request),
                    dryRun(request)), request.language()));
            case USER -> ok(Views.user(users.get(request.caller(), id(request))));
            case USER_EDIT -> ok(Views.user(users.edit(request.caller(), id(request), input.edit(http.body(request)))));
            case USER_DELETE -> {
                lifecycle.delete(request.caller(), id(request));
                yield ApiResponse.noContent();
            }
            case USER_SUSPEND -> ok(Views.user(lifecycle.suspend(request.caller(), id(request))));
            case USER_REACTIVATE -> ok(Views.user(lifecycle.reactivate(request.caller(), id(request))));
            case USER_REVOKE_SESSIONS -> ok(Map.of("signedOut", lifecycle.signOutEverywhere(request.caller(),
                    id(request))));
            default -> throw new NotFound();
        });
    }

    /** {@code dryRun=true} checks only, {@code dryRun=false} imports; it must be said, either way. */
    private static boolean dryRun(ApiRequest request) {
        return switch (request.query("dryRun").orElseThrow(() -> InvalidInput.field(ErrorId.MISSING_FIELD,
                "dryRun"))) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInput.field(ErrorId.INVALID_FIELD, "dryRun");
        };
    }

    private static String id(ApiRequest request) {
        return request.pathParameter("id");
    }

    private static UserQuery.Sort sort(ApiRequest request) {
        return switch (request.query("sort").orElse("name")) {
            case "name" -> UserQuery.Sort.NAME;
            case "email" -> UserQuery.Sort.EMAIL;
            default -> throw new InvalidInput(ErrorId.INVALID_SORT);
        };
    }

    private ApiResponse ok(Object view) {
        return ApiResponse.json(200, http.json().write(view));
    }
}
