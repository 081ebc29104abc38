package com.secureexchanges.portal.devserver;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.wiring.Dependencies;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The handler classes of {@link Routes}, instantiated exactly as named there, so the dev server and
 * the tests run the same classes the Lambda runtime loads.
 */
public final class HandlerRegistry {

    private final Map<String, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> byClass =
            new HashMap<>();

    public HandlerRegistry(Dependencies deps) {
        for (FunctionSpec function : Routes.functions()) {
            byClass.put(function.handlerClass(), instantiate(function.handlerClass(), deps));
        }
    }

    /** The route for this method and path, if any. */
    public static Optional<Route> route(String method, String path) {
        return Routes.all().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    public static boolean knownPath(String path) {
        return Routes.all().stream().anyMatch(r -> r.path().equals(path));
    }

    public APIGatewayProxyResponseEvent invoke(Route route, APIGatewayProxyRequestEvent event) {
        return byClass.get(route.function().handlerClass()).handleRequest(event, null);
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> instantiate(
            String className, Dependencies deps) {
        try {
            return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) Class.forName(className)
                    .getConstructor(Dependencies.class).newInstance(deps);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("handler " + className + " cannot be built", e);
        }
    }
}
