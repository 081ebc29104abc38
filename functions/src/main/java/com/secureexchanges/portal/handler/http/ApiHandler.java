package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.secureexchanges.portal.config.JsonWriter;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A function behind API Gateway. Lambda runs it as a stream handler (the runtime prefers that interface):
 * the event is read and the response written by {@link ApiEvents}, not by the runtime's data binding, which
 * a first request would otherwise load. Tests and the local portal call the typed method.
 */
public abstract class ApiHandler implements RequestStreamHandler,
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APIGatewayProxyRequestEvent event;
        try {
            event = ApiEvents.read(input);
        } catch (JsonProcessingException unreadable) {
            // Not an event API Gateway would send; answered as bad input, with the portal's headers, not a 502.
            ApiEvents.write(ApiResponse.json(400, JsonWriter.write(Map.of("error", ErrorId.INVALID_JSON.id(),
                    "message", ErrorId.INVALID_JSON.text(Language.EN, Map.of())))).toEvent(), output);
            return;
        }
        ApiEvents.write(handleRequest(event, context), output);
    }
}
