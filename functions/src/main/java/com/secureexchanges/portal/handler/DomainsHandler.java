package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.domain.DomainAdministration;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiRequest;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.DomainViews;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.handler.http.UserInput;
import com.secureexchanges.portal.wiring.Portal;
import java.util.Set;

/** "Organizational domain management" (SPEC U4, R): the account's domains, added and verified by DNS. */
public final class DomainsHandler extends ApiHandler {

    private static final int MAX_DOMAIN = 300;

    private final Http http;
    private final DomainAdministration domains;

    public DomainsHandler() {
        this(Portal.production());
        Priming.register(Routes.DOMAINS, Portal.production(), DomainsHandler::new);
    }

    public DomainsHandler(Portal portal) {
        this.http = Http.of(portal);
        this.domains = portal.domainAdministration();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.DOMAINS, request -> switch (request.route().orElseThrow()) {
            case DOMAINS -> json(200, DomainViews.domains(domains.list(request.caller())));
            case DOMAIN_ADD -> {
                DomainAdministration.Added added = domains.add(request.caller(), domain(http.body(request)));
                yield json(added.created() ? 201 : 200, DomainViews.domain(added.claim()));
            }
            case DOMAIN_VERIFY -> json(200, DomainViews.domain(domains.verify(request.caller(), name(request))));
            case DOMAIN_REMOVE -> {
                domains.remove(request.caller(), name(request));
                yield ApiResponse.noContent();
            }
            default -> throw new NotFound();
        });
    }

    private String domain(JsonValue body) {
        UserInput.onlyKnown(body, Set.of("domain"));
        return http.json().requiredText(body, "domain", MAX_DOMAIN);
    }

    private static String name(ApiRequest request) {
        return request.pathParameter("domain");
    }

    private ApiResponse json(int status, Object view) {
        return ApiResponse.json(status, http.json().write(view));
    }
}
