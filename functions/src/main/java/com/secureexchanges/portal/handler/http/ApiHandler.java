package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function behind API Gateway. Lambda runs it as a stream handler (the runtime prefers that interface):
 * the event is read and the response written by {@link ApiEvents}, not by the runtime's data binding, which
 * a first request would otherwise load. Tests and the local portal call the typed method.
 */
public abstract class ApiHandler implements RequestStreamHandler,
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ApiEvents.write(handleRequest(ApiEvents.read(input), context), output);
    }
}
