package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.license.LicenseAdministration;
import com.secureexchanges.portal.core.license.OrderRequest;
import com.secureexchanges.portal.core.license.Plans;
import com.secureexchanges.portal.core.license.Purchasing;
import com.secureexchanges.portal.core.license.Upgrades;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiRequest;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.LicenseInput;
import com.secureexchanges.portal.handler.http.LicenseViews;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.util.List;

/**
 * Licences and purchases (SPEC A3–A5, P1, R): the plans, the pool and who holds what, orders and the purchase
 * history, free licences removed from the account, and a user's licence assigned, changed, removed,
 * transferred or upgraded (a quote, then its payment).
 */
public final class LicensesHandler extends ApiHandler {

    private final Http http;
    private final Plans plans;
    private final LicenseAdministration licenses;
    private final Purchasing purchasing;
    private final Upgrades upgrades;
    private final LicenseInput input;

    public LicensesHandler() {
        this(Portal.production());
        Priming.register(Routes.LICENSES, Portal.production(), LicensesHandler::new);
    }

    public LicensesHandler(Portal portal) {
        this.http = Http.of(portal);
        this.plans = portal.config().licenses().plans();
        this.licenses = portal.licenseAdministration();
        this.purchasing = portal.purchasing();
        this.upgrades = portal.upgrades();
        this.input = new LicenseInput(http.json());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.LICENSES, request -> switch (request.route().orElseThrow()) {
            case PLANS -> json(200, LicenseViews.plans(plans, request.language()));
            case LICENSES -> json(200, LicenseViews.overview(licenses.list(request.caller()), plans));
            case ORDER -> {
                JsonValue body = http.body(request);
                List<OrderRequest> lines = input.order(body);
                yield input.preview(body)
                        ? json(200, LicenseViews.preview(purchasing.preview(request.caller(), lines)))
                        : json(201, LicenseViews.order(purchasing.order(request.caller(), lines)));
            }
            case ORDERS -> json(200, LicenseViews.orders(purchasing.orders(request.caller(), request.query("cursor"))));
            case LICENSES_REMOVE -> {
                LicenseInput.Quantity removal = input.quantity(http.body(request));
                yield json(200, LicenseViews.poolAfter(purchasing.removeFromAccount(request.caller(), removal.plan(),
                        removal.quantity()), plans));
            }
            case USER_LICENSE -> json(200, LicenseViews.changed(licenses.assign(request.caller(), id(request),
                    input.plan(http.body(request))), plans));
            case USER_LICENSE_REMOVE -> json(200, LicenseViews.changed(licenses.remove(request.caller(), id(request)),
                    plans));
            case USER_LICENSE_TRANSFER -> json(200, LicenseViews.changed(licenses.transfer(request.caller(),
                    id(request), input.toUser(http.body(request))), plans));
            case USER_LICENSE_UPGRADE -> upgrade(request);
            default -> throw new NotFound();
        });
    }

    /** A quote for {@code {"plan"}} ({@code 200}), or the payment of {@code {"quoteId"}} ({@code 201}, the order). */
    private ApiResponse upgrade(ApiRequest request) {
        LicenseInput.Upgrade body = input.upgrade(http.body(request));
        if (body.quoteId().isPresent()) {
            return json(201, LicenseViews.paid(upgrades.pay(request.caller(), id(request), body.quoteId().get()),
                    plans));
        }
        return json(200, LicenseViews.quote(upgrades.quote(request.caller(), id(request), body.plan().orElseThrow())));
    }

    private static String id(ApiRequest request) {
        return request.pathParameter("id");
    }

    private ApiResponse json(int status, Object view) {
        return ApiResponse.json(status, http.json().write(view));
    }
}
