package com.secureexchanges.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paths are matched to routes the way API Gateway matches resources, so the local portal and AWS agree. */
class RoutesMatchTest {

    @Test
    void aParameter_takesExactlyOneNonEmptySegment() {
        var match = Routes.match("GET", "/api/users/u-123/events").orElseThrow();
        assertEquals(Route.USER_EVENTS, match.route());
        assertEquals(Map.of("id", "u-123"), match.parameters());
        assertTrue(Routes.match("GET", "/api/users//events").isEmpty(), "an empty segment is no id");
        assertTrue(Routes.match("GET", "/api/users/a/b/events").isEmpty(), "nor are two segments");
        assertEquals(Optional.of(Route.USER_EVENTS_VERIFY),
                Routes.match("GET", "/api/users/u1/events/verify").map(Routes.Match::route));
        assertEquals(Optional.of(Route.USER_EVENTS_CSV),
                Routes.match("GET", "/api/users/u1/events.csv").map(Routes.Match::route));
    }

    @Test
    void anEncodedSlash_staysInsideItsSegment_andIsDecodedOnce() {
        var match = Routes.match("GET", "/api/users/a%2Fb/events").orElseThrow();
        assertEquals("a/b", match.parameters().get("id"));
        assertEquals("a+b", Routes.match("GET", "/api/users/a+b/events").orElseThrow().parameters().get("id"));
        assertTrue(Routes.match("GET", "/api/users/%zz/events").isEmpty(), "a broken escape matches nothing");
    }

    @Test
    void aLiteralSegment_beatsAParameter() {
        assertEquals(Optional.of(Route.ME), Routes.match("GET", "/api/me").map(Routes.Match::route));
        assertEquals(Optional.of(Route.MY_EVENTS), Routes.match("GET", "/api/me/events").map(Routes.Match::route));
        assertEquals(Optional.of(Route.USERS_IMPORT),
                Routes.match("POST", "/api/users/import").map(Routes.Match::route), "not a user called 'import'");
        assertEquals(Optional.of(Route.USERS_IMPORT_TEMPLATE),
                Routes.match("GET", "/api/users/import/template").map(Routes.Match::route));
        assertTrue(Routes.match("GET", "/api/users/import").isEmpty() && Routes.knownPath("/api/users/import"),
                "as in API Gateway, the literal resource answers GET with 405, not GET /api/users/{id}");
    }

    @Test
    void aKnownPathWithAnotherMethod_isKnown_butNotMatched() {
        assertTrue(Routes.match("DELETE", "/api/users/u1/events").isEmpty());
        assertTrue(Routes.knownPath("/api/users/u1/events"));
        assertFalse(Routes.knownPath("/api/nothing"));
        assertFalse(Routes.knownPath("/api/me/"), "a trailing slash is another resource");
    }

    @Test
    void theExport_aReadThatWrites_isCheckedLikeAChange() {
        assertTrue(Route.USER_EVENTS_CSV.changesState());
        assertFalse(Route.USER_EVENTS.changesState());
    }

    @Test
    void everyRoute_matchesItsOwnTemplate_andNoTwoRoutesShareMethodAndTemplate() {
        Set<String> seen = new HashSet<>();
        for (Route route : Routes.all()) {
            assertTrue(seen.add(route.method() + " " + route.path()), route.toString());
            String path = route.path().replaceAll("\\{[a-z]+}", "x1");
            assertEquals(Optional.of(route), Routes.match(route.method(), path).map(Routes.Match::route), path);
            assertTrue(route.changesState() || route.method().equals("GET"), "every change is checked: " + route);
        }
    }
}
