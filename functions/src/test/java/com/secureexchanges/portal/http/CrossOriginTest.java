package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC S2: state-changing calls from another origin, or from no page of the site, get 403. */
class CrossOriginTest {

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    /** Every route that changes state or records an event (the export), its ids filled in. */
    private static List<Route> stateChanging() {
        return Routes.all().stream().filter(Route::changesState).toList();
    }

    private static String path(Route route) {
        return route.path().replaceAll("\\{[a-z]+}", "some-id");
    }

    @Test
    void everyStateChangingRoute_refusesAnotherOrigin() {
        var before = portal.allItems();
        for (Route route : stateChanging()) {
            HttpResponse<String> r = http.send(route.method(), path(route), route.method().equals("GET") ? null : "{}",
                    Map.of("Origin", "https://evil.example", "X-Portal-Request", "1"));
            assertEquals(403, r.statusCode(), route.path());
            assertTrue(r.body().contains("\"error\":\"cross_origin\""), route.path());
        }
        assertEquals(before, portal.allItems());
    }

    @Test
    void everyStateChangingRoute_refusesACallWithoutOriginOrSiteHeader() {
        for (Route route : stateChanging()) {
            HttpResponse<String> r = http.send(route.method(), path(route), route.method().equals("GET") ? null : "{}",
                    Map.of());
            assertEquals(403, r.statusCode(), route.path());
        }
    }

    @Test
    void theSitesOwnCallsPass() {
        HttpResponse<String> r = http.send("POST", "/api/logout", null, Map.of("Origin", portal.url()));
        assertEquals(200, r.statusCode());
    }
}
