package com.secureexchanges.portal.packaging;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/**
 * Run by {@link FunctionJarsCheck} in a JVM whose class path is one function's jar and this class only,
 * as the Lambda runtime runs it: builds the handler with its production wiring (configuration from the
 * environment, secrets read from Secrets Manager, the DynamoDB client), then sends one request to each
 * route given, without a session, and prints each status. Any class missing from the jar ends the run
 * with a stack trace and exit status 1. Uses nothing but the jar: no test class may be loaded here.
 */
public final class JarProbe {

    private JarProbe() {
    }

    /** {@code args}: the handler class, then "METHOD path" pairs. */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        var handler = (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>)
                Class.forName(args[0]).getConstructor().newInstance();
        String origin = System.getenv("SITE_URL");
        for (int i = 1; i + 1 < args.length; i += 2) {
            String method = args[i];
            String resource = args[i + 1];
            APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                    .withHttpMethod(method).withResource(resource)
                    .withPath(resource.replaceAll("\\{[^}]+}", "probe"))
                    .withPathParameters(Map.of("id", "probe", "domain", "example.org", "name", "probe"))
                    .withHeaders(Map.of("Origin", origin, "Content-Type", "application/json",
                            "User-Agent", "JarProbe"))
                    .withBody(method.equals("GET") || method.equals("DELETE") ? null : "{}")
                    .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                            .withRequestId("probe-" + i)
                            .withIdentity(new APIGatewayProxyRequestEvent.RequestIdentity().withSourceIp("203.0.113.9")));
            APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
            System.out.println("status " + response.getStatusCode() + " " + method + " " + resource);
        }
    }
}
