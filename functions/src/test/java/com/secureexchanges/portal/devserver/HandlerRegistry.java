package com.secureexchanges.portal.devserver;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.wiring.Portal;
import java.util.HashMap;
import java.util.Map;

/**
 * The handler classes of {@link Routes}, instantiated exactly as named there, so the dev server and
 * the tests run the same classes the Lambda runtime loads, over one composition root.
 */
public final class HandlerRegistry {

    private final Map<String, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> byClass =
            new HashMap<>();

    public HandlerRegistry(Portal portal) {
        for (FunctionSpec function : Routes.functions()) {
            byClass.put(function.handlerClass(), instantiate(function.handlerClass(), portal));
        }
    }

    public APIGatewayProxyResponseEvent invoke(Route route, APIGatewayProxyRequestEvent event) {
        return byClass.get(route.function().handlerClass()).handleRequest(event, null);
    }

    /**
     * The route's handler called as Lambda calls it: through its stream interface, with the event's JSON.
     *
     * @return the response's JSON, as API Gateway reads it
     */
    public byte[] invokeAsLambda(Route route, byte[] event) {
        return ((ApiHandler) byClass.get(route.function().handlerClass())).answer(event);
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> instantiate(
            String className, Portal portal) {
        try {
            return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) Class.forName(className)
                    .getConstructor(Portal.class).newInstance(portal);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("handler " + className + " cannot be built", e);
        }
    }
}
