package com.secureexchanges.portal.handler.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

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
            ApiEvents.write(ErrorMapper.toResponse(new InvalidInput(ErrorId.INVALID_JSON), new Json(), Language.EN)
                    .toEvent(), output);
            return;
        }
        ApiEvents.write(handleRequest(event, context), output);
    }

    /** One call as Lambda makes it, in memory: the event's JSON in, the response's JSON out (priming, probes, tests). */
    public final byte[] answer(byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handleRequest(new ByteArrayInputStream(event), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
