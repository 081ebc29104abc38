package com.secureexchanges.portal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.config.Access;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.domain.DomainClaim;
import com.secureexchanges.portal.core.domain.DomainName;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC U6, generated from the route table: every route with a path parameter, called by an
 * administrator of another account with a real id of this one, answers exactly the bytes it answers
 * for an id that exists nowhere ({@code 404 not_found}); the same call with an id of the caller's own
 * account is found. Every administrator route answers a standard user {@code 403 forbidden}. A new
 * route joins these checks by itself; a new kind of path parameter must say here where its ids come
 * from, or the test fails.
 */
class TenantIsolationTest {

    @RegisterExtension
    static RunningPortal portal = new RunningPortal();

    private static final String OTHER_ACCOUNT = "other-account";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Real ids of each kind, by parameter name: one in the demo account, one in the other account. */
    private record Ids(Function<String, String> ofDemoAccount, Function<String, String> ofOtherAccount) {
    }

    private static final Map<String, Ids> SOURCES = Map.of(
            "id", new Ids(route -> user(DemoData.ACCOUNT_ID, "victim"), route -> user(OTHER_ACCOUNT, "own")),
            "domain", new Ids(route -> domain(DemoData.ACCOUNT_ID, "victim"), route -> domain(OTHER_ACCOUNT, "own")));

    private static int users;

    /** A fresh user of {@code account}, so that a route that changes or deletes it harms nothing shared. */
    private static String user(String account, String prefix) {
        String id = prefix + "-" + (++users);
        portal.server.portal().stores().users().create(new User(id, account,
                new EmailAddress(id + "@" + account + ".test"), Profile.of("Test", "User", Language.EN),
                Role.STANDARD, true, Security.NONE));
        return id;
    }

    private static int domains;

    /** A fresh pending domain of {@code account}. */
    private static String domain(String account, String prefix) {
        DomainName name = new DomainName(prefix + "-" + (++domains) + ".ca");
        portal.server.portal().stores().domains().add(DomainClaim.pending(account, name, "token" + domains,
                portal.clock.instant()), 100, Appendix.none(new ChainRef(new UserKey(account, "nobody"),
                new EmailAddress("nobody@" + name.value()))));
        return name.value();
    }

    @TestFactory
    Stream<DynamicTest> anotherAccountsIds_answerExactlyLikeMissingOnes() {
        HttpCall http = portal.http();
        var stores = portal.server.portal().stores();
        stores.accounts().create(new Account(OTHER_ACCOUNT, "Other Org", portal.clock.instant(), true),
                new User("other-admin", OTHER_ACCOUNT, new EmailAddress("admin@other.test"),
                        Profile.of("Olga", "Other", Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
        String otherAdmin = signIn(http, "admin@other.test");
        List<Route> withIds = Routes.all().stream().filter(r -> !r.parameters().isEmpty()).toList();
        assertFalse(withIds.isEmpty(), "the route table has routes with ids");
        return withIds.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Sample sample = sample(route);
            Map<String, String> foreign = new TreeMap<>();
            Map<String, String> missing = new TreeMap<>();
            Map<String, String> own = new TreeMap<>();
            for (String parameter : route.parameters()) {
                Ids ids = SOURCES.get(parameter);
                assertTrue(ids != null, route + ": say in SOURCES where real {" + parameter + "} values come from");
                foreign.put(parameter, ids.ofDemoAccount().apply(route.path()));
                missing.put(parameter, "missing-" + parameter + "-0");
                own.put(parameter, ids.ofOtherAccount().apply(route.path()));
            }
            HttpResponse<String> ofAnother = call(http, route, foreign, sample, otherAdmin);
            HttpResponse<String> ofNobody = call(http, route, missing, sample, otherAdmin);
            assertEquals(404, ofNobody.statusCode(), route + " with a missing id: " + ofNobody.body());
            assertEquals(404, ofAnother.statusCode(), route + " with another account's id: " + ofAnother.body());
            assertEquals(ofNobody.body(), ofAnother.body(), route + ": same bytes");
            assertEquals(headers(ofNobody), headers(ofAnother), route + ": same headers");
            HttpResponse<String> ofOwn = call(http, route, own, sample, otherAdmin);
            assertNotEquals(404, ofOwn.statusCode(), route + " finds an id of the caller's own account");
        }));
    }

    @TestFactory
    Stream<DynamicTest> administratorRoutes_refuseAStandardUser() {
        HttpCall http = portal.http();
        String standard = user(DemoData.ACCOUNT_ID, "standard");
        String session = signIn(http, standard + "@" + DemoData.ACCOUNT_ID + ".test");
        return Routes.all().stream().filter(r -> r.access() == Access.ADMINISTRATOR).map(route ->
                DynamicTest.dynamicTest(route.toString(), () -> {
                    Map<String, String> ids = new TreeMap<>();
                    route.parameters().forEach(p -> ids.put(p, standard));
                    HttpResponse<String> answer = call(http, route, ids, sample(route), session);
                    assertEquals(403, answer.statusCode(), answer.body());
                    assertEquals("forbidden", JSON.readTree(answer.body()).get("error").asText());
                }));
    }

    /**
     * SPEC U2, U6: another organisation's administrator importing this account's addresses learns that a
     * public-mail address is taken and nothing more; an address at this account's own domain is refused by
     * the domain rule before anything is looked up. Nothing of this account is in the answer.
     */
    @Test
    void anImport_tellsAnotherAccountsAddressesOnlyAsTaken() throws IOException {
        HttpCall http = portal.http();
        var stores = portal.server.portal().stores();
        stores.users().create(new User("gmail-user", DemoData.ACCOUNT_ID, new EmailAddress("victim.person@gmail.com"),
                Profile.of("Victoria", "Secret", Language.EN), Role.STANDARD, true, Security.NONE));
        stores.accounts().create(new Account("importing-account", "Importer Org", portal.clock.instant(), true),
                new User("importer", "importing-account", new EmailAddress("admin@importer.test"),
                        Profile.of("Ivan", "Importer", Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
        String importer = signIn(http, "admin@importer.test");
        String file = "email,first_name,last_name,mobile,language,time_zone,role,plan\r\n"
                + "victim.person@gmail.com,V,S,,,,,\r\n" + DemoData.ADMIN_EMAIL + ",A,A,,,,,\r\n";
        for (String dryRun : List.of("true", "false")) {
            HttpResponse<String> answer = http.send("POST", "/api/users/import?dryRun=" + dryRun, file,
                    Map.of("Origin", portal.url(), "Content-Type", "text/csv"), importer);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode rows = JSON.readTree(answer.body()).get("rows");
            assertEquals("email_taken", rows.get(0).get("errors").get(0).get("code").asText());
            assertEquals("This email address is already used by a user.",
                    rows.get(0).get("errors").get(0).get("message").asText());
            assertEquals("domain_not_approved", rows.get(1).get("errors").get(0).get("code").asText());
            for (String secret : List.of(DemoData.ACCOUNT_ID, DemoData.ACCOUNT_NAME, "gmail-user", "Victoria",
                    "Secret", DemoData.ADMIN_ID)) {
                assertFalse(answer.body().contains(secret), secret + " in " + answer.body());
            }
        }
        assertEquals("Victoria", stores.users().find(new com.secureexchanges.portal.core.account.UserKey(
                DemoData.ACCOUNT_ID, "gmail-user")).orElseThrow().profile().firstName(), "untouched");
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> out = new TreeMap<>(response.headers().map());
        out.remove("date");
        return out;
    }

    private static String signIn(HttpCall http, String email) {
        var request = http.post("/api/login/request", HttpCall.loginBody(email, http.captchaId(), RunningPortal.CAPTCHA));
        String binding = HttpCall.cookie(request, "__Host-sx-bind").orElseThrow();
        var redeem = http.post("/api/login/redeem", "{\"token\":\"" + http.lastLinkToken() + "\"}", binding);
        return HttpCall.cookie(redeem, "__Host-sx-session").orElseThrow();
    }

    /** The body and query string of the route's successful sample event in {@code events/}. */
    private record Sample(String body, String query) {
    }

    private static Sample sample(Route route) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DevServer.repoRoot().resolve("events"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode event = JSON.readTree(Files.readString(file));
                if (route.path().equals(event.path("resource").asText())
                        && route.method().equals(event.path("httpMethod").asText())
                        && file.getFileName().toString().startsWith("2")) {
                    found.add(event);
                }
            }
        }
        assertFalse(found.isEmpty(), route + " has a successful sample event in events/");
        JsonNode event = found.getFirst();
        String body = event.path("body").isNull() ? null : event.path("body").asText().replaceAll("\\{\\{\\w+}}", "x");
        List<String> query = new ArrayList<>();
        event.path("queryStringParameters").fields().forEachRemaining(e -> query.add(e.getKey() + "="
                + URLEncoder.encode(e.getValue().asText(), StandardCharsets.UTF_8)));
        return new Sample(body, String.join("&", query));
    }

    private static HttpResponse<String> call(HttpCall http, Route route, Map<String, String> ids, Sample sample,
                                             String session) {
        String path = route.path();
        for (var id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", URLEncoder.encode(id.getValue(), StandardCharsets.UTF_8));
        }
        if (!sample.query().isEmpty()) {
            path += "?" + sample.query();
        }
        try {
            return http.send(route.method(), path, sample.body(),
                    Map.of("Origin", portal.url(), "X-Portal-Request", "1"), session);
        } catch (UncheckedIOException e) {
            throw new AssertionError(route + " did not answer", e);
        }
    }
}
