package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.audit.EventLogService;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiRequest;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.CsvExport;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.handler.http.Views;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The event log (SPEC E2–E4): {@code GET /api/me/events} (My journal), and for administrators a user's
 * events as pages, as a CSV file ({@code X-Chain-Head}: the chain's head it was cut at) and the check
 * of their chain. Dates are UTC days, {@code YYYY-MM-DD}, both included.
 */
public final class EventsHandler extends ApiHandler {

    private final Http http;
    private final EventLogService log;

    public EventsHandler() {
        this(Portal.production());
        Priming.register(Routes.EVENTS, Portal.production(), EventsHandler::new);
    }

    public EventsHandler(Portal portal) {
        this.http = Http.of(portal);
        this.log = portal.eventLog();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.EVENTS, request -> switch (request.route().orElseThrow()) {
            case MY_EVENTS -> ok(Views.events(log.mine(request.caller(), request.query("cursor"))));
            case USER_EVENTS -> ok(Views.events(log.of(request.caller(), request.pathParameter("id"),
                    from(request), to(request), request.query("cursor"))));
            case USER_EVENTS_CSV -> {
                var export = log.export(request.caller(), request.pathParameter("id"), from(request), to(request));
                yield ApiResponse.of(200, CsvExport.write(export.events()), "text/csv; charset=utf-8", Map.of(
                        "Content-Disposition", "attachment; filename=\"events-" + request.pathParameter("id")
                                + ".csv\"", "X-Chain-Head", export.head().hash(),
                        "X-Chain-Seq", Long.toString(export.head().seq())));
            }
            case USER_EVENTS_VERIFY -> ok(Views.verification(log.verify(request.caller(),
                    request.pathParameter("id"))));
            default -> throw new NotFound();
        });
    }

    private static Instant from(ApiRequest request) {
        return request.query("from").map(d -> day(d).atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(Instant.EPOCH);
    }

    private static Instant to(ApiRequest request) {
        return request.query("to").map(d -> day(d).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                .minusMillis(1)).orElse(Instant.parse("9999-12-31T23:59:59.999Z"));
    }

    private static LocalDate day(String text) {
        try {
            if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new InvalidInput(ErrorId.INVALID_DATE);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(ErrorId.INVALID_DATE);
        }
    }

    private ApiResponse ok(Object view) {
        return ApiResponse.json(200, http.json().write(view));
    }
}
