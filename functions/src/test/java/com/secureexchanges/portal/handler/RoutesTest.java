package com.secureexchanges.portal.handler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.wiring.Portal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The route table names real handler classes, and every route has sample events. */
class RoutesTest {

    @Test
    void everyHandlerClass_existsWithTheLambdaAndTheTestConstructors() throws Exception {
        for (FunctionSpec function : Routes.functions()) {
            Class<?> handler = Class.forName(function.handlerClass());
            // A stream handler, so that the runtime (handed the class alone) builds no serializer for the event.
            assertTrue(ApiHandler.class.isAssignableFrom(handler), function.handlerClass());
            assertTrue(RequestStreamHandler.class.isAssignableFrom(handler), function.handlerClass());
            handler.getConstructor();
            handler.getConstructor(Portal.class);
        }
    }

    @Test
    void everyRoute_hasASampleEvent() throws IOException {
        List<String> events;
        try (Stream<Path> files = Files.walk(DevServer.repoRoot().resolve("events"))) {
            events = files.filter(p -> p.toString().endsWith(".json")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        for (Route route : Routes.all()) {
            String resource = "\"resource\": \"" + route.path() + "\"";
            String method = "\"httpMethod\": \"" + route.method() + "\"";
            assertTrue(events.stream().anyMatch(e -> e.contains(resource) && e.contains(method)),
                    "no sample event for " + route.method() + " " + route.path());
        }
    }
}
