package com.secureexchanges.portal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.handler.http.Cookies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB round trips per request, counted by the SDK. The sign-in paths take at most two, their
 * events included (they ride in the transactions that already exist); Error 2 takes one write, for
 * its event.
 */
class DynamoCallCountTest {

    private final CountedPortal portal = new CountedPortal();

    private String login(String email, String answer) {
        String id = portal.call("GET", "/api/captcha", null).field("id");
        return "{\"email\":\"" + email + "\",\"captchaId\":\"" + id + "\",\"captchaAnswer\":\"" + answer + "\"}";
    }

    @Test
    void theSignInPaths_takeAtMostTwoRoundTrips() {
        assertEquals(List.of("UpdateItem"), portal.call("GET", "/api/captcha", null).dynamoCalls());

        var known = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        assertEquals(List.of("BatchGetItem", "TransactWriteItems"), known.dynamoCalls());
        assertEquals(1, portal.mail.sent().size());
        var unknown = portal.call("POST", "/api/login/request", login("nobody@example.org", CountedPortal.CAPTCHA));
        assertEquals(List.of("BatchGetItem", "TransactWriteItems"), unknown.dynamoCalls());
        var wrong = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, "000000"));
        assertEquals(List.of("BatchGetItem", "TransactWriteItems"), wrong.dynamoCalls());

        String token = portal.mail.lastToken();
        var mismatch = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + token + "\"}");
        assertEquals(403, mismatch.response().getStatusCode());
        assertEquals(List.of("GetItem", "TransactWriteItems"), mismatch.dynamoCalls(), "Error 2: one write, its event");
        var redeem = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + token + "\"}",
                known.cookie(Cookies.BINDING));
        assertEquals(200, redeem.response().getStatusCode());
        assertEquals(List.of("GetItem", "TransactWriteItems"), redeem.dynamoCalls());

        String session = redeem.cookie(Cookies.SESSION);
        assertEquals(List.of("UpdateItem", "BatchGetItem"), portal.call("GET", "/api/me", null, session).dynamoCalls(),
                "the caller: session, then user and account in one read");
        var journal = portal.call("GET", "/api/me/events", null, session);
        assertEquals(200, journal.response().getStatusCode());
        assertEquals(List.of("UpdateItem", "BatchGetItem", "Query"), journal.dynamoCalls(), "one page, one query");
        var users = portal.call("GET", "/api/users", null, session);
        assertEquals(200, users.response().getStatusCode());
        assertEquals(List.of("UpdateItem", "BatchGetItem", "Query"), users.dynamoCalls(),
                "a page of the users list: the caller, then one query of the index");
        assertEquals(List.of("UpdateItem", "BatchGetItem", "TransactWriteItems"),
                portal.call("POST", "/api/logout", null, session).dynamoCalls(), "sign-out and its event, together");
    }

    /** ACCESS-PATTERNS 16: a clean 1,000-row import in at most 100 round trips, batch reads and writes. */
    @Test
    void aThousandRowImport_takesAtMostAHundredRoundTrips() {
        var request = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        String session = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + portal.mail.lastToken() + "\"}",
                request.cookie(Cookies.BINDING)).cookie(Cookies.SESSION);
        String file = CountedPortal.importFile("bench.user", 1_000);
        int mails = portal.mail.sent().size();

        var dryRun = portal.call("POST", "/api/users/import?dryRun=true", file, session);
        assertEquals(200, dryRun.response().getStatusCode(), dryRun.response().getBody());
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "BatchGetItem", 10), dryRun.dynamoCalls(),
                "the caller, the domain once, the claims 100 a read");

        var imported = portal.call("POST", "/api/users/import?dryRun=false", file, session);
        assertTrue(imported.response().getBody().contains("\"create\":1000"), imported.response().getBody());
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "BatchGetItem", 10,
                "TransactWriteItems", 42, "TransactWriteItems", 1), imported.dynamoCalls(),
                "24 users a transaction (3 items each, their welcome email, and the account's), then the import's "
                + "own event");
        assertTrue(imported.dynamoCalls().size() <= 100);
        assertEquals(1_000, portal.mail.sent().size() - mails, "a welcome email each");

        var again = portal.call("POST", "/api/users/import?dryRun=false", file, session);
        assertTrue(again.response().getBody().contains("\"unchanged\":1000"), again.response().getBody());
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "BatchGetItem", 20,
                "TransactWriteItems", 1), again.dynamoCalls(), "the claims, then the account's users, 100 a read");
    }

    /**
     * ACCESS-PATTERNS 10, 16: 1,000 rows each asking for a plan. The dry run reads the pool with the caller, so it
     * costs what it did; each user created with a licence writes seven items (user, claim, licence, two events,
     * the welcome email and the licence's email, written with them to the outbox), so 14 of them fit a
     * transaction of 100 with the account's item: 72 transactions.
     */
    @Test
    void aThousandRowImport_withAPlanOnEveryRow_staysUnderAHundredRoundTrips() {
        var request = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        String session = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + portal.mail.lastToken() + "\"}",
                request.cookie(Cookies.BINDING)).cookie(Cookies.SESSION);
        ok(portal.call("POST", "/api/orders", "{\"lines\":[{\"plan\":\"eco\",\"quantity\":1000}]}", session));
        String file = CountedPortal.importFile("seated.user", 1_000).replace(",,,,,\r\n", ",,,,,eco\r\n");
        int mails = portal.mail.sent().size();

        var dryRun = portal.call("POST", "/api/users/import?dryRun=true", file, session);
        assertTrue(dryRun.response().getBody().contains("\"seatsAvailable\":1005"), "the demo's 5 and the 1,000");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "BatchGetItem", 10), dryRun.dynamoCalls(),
                "the pool came with the caller");

        var imported = portal.call("POST", "/api/users/import?dryRun=false", file, session);
        assertTrue(imported.response().getBody().contains("\"create\":1000"), "every row created");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "BatchGetItem", 10,
                "TransactWriteItems", 72, "TransactWriteItems", 1), imported.dynamoCalls());
        assertEquals(2_000, portal.mail.sent().size() - mails, "a welcome email and a licence email each");
        assertTrue(imported.dynamoCalls().size() <= 100);
    }

    /**
     * ACCESS-PATTERNS 8, 10, 12: the pool comes with the caller; an assignment is the caller (the user it
     * names read in the same round trip) and one transaction, three in all; orders newest first in one query.
     */
    @Test
    void theLicenceRoutes_keepTheirBudgets() {
        var request = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        String session = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + portal.mail.lastToken() + "\"}",
                request.cookie(Cookies.BINDING)).cookie(Cookies.SESSION);
        for (String name : List.of("ana", "ben")) {
            portal.portal.stores().users().create(new User(name, DemoData.ACCOUNT_ID,
                    new EmailAddress(name + "@example.com"), Profile.of(name, "Bench", Language.EN), Role.STANDARD,
                    true, Security.NONE));
        }
        List<String> caller = List.of("UpdateItem", "BatchGetItem");
        assertEquals(caller, ok(portal.call("GET", "/api/plans", null, session)), "the plans are configuration");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "Query", 1),
                ok(portal.call("GET", "/api/licenses", null, session)), "the pool with the caller, the licences");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "UpdateItem", 1, "TransactWriteItems", 1),
                ok(portal.call("POST", "/api/orders", "{\"lines\":[{\"plan\":\"eco\",\"quantity\":2}]}", session)),
                "the account's orders this hour, then the order, the pool and the event");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "Query", 1),
                ok(portal.call("GET", "/api/orders", null, session)), "newest first, one query");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "TransactWriteItems", 1),
                ok(portal.call("PUT", "/api/users/ana/license", "{\"plan\":\"eco\"}", session)),
                "an assignment: three round trips");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "TransactWriteItems", 1),
                ok(portal.call("PUT", "/api/users/ana/license", "{\"plan\":\"advanced\"}", session)), "a change");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "TransactWriteItems", 1),
                ok(portal.call("POST", "/api/users/ana/license/transfer", "{\"toUserId\":\"ben\"}", session)),
                "a transfer reads the receiver too");
        var quote = portal.call("POST", "/api/users/ben/license/upgrade", "{\"plan\":\"pro\"}", session);
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "UpdateItem", 1, "PutItem", 1), ok(quote),
                "the account's quotes this hour, the quote");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "GetItem", 1, "UpdateItem", 1, "TransactWriteItems", 1),
                ok(portal.call("POST", "/api/users/ben/license/upgrade", "{\"quoteId\":\"" + quote.field("quoteId")
                        + "\"}", session)), "the quote, the account's orders this hour, then everything at once");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "TransactWriteItems", 1),
                ok(portal.call("DELETE", "/api/users/ben/license", null, session)));
        assertEquals(caller, ok(portal.call("DELETE", "/api/users/ben/license", null, session)),
                "removing again writes nothing");
        assertEquals(ops("UpdateItem", 1, "BatchGetItem", 1, "TransactWriteItems", 1),
                ok(portal.call("POST", "/api/licenses/remove", "{\"plan\":\"eco\",\"quantity\":1}", session)));
    }

    private static List<String> ok(CountedPortal.Call call) {
        assertTrue(call.response().getStatusCode() < 300, call.response().getBody());
        return call.dynamoCalls();
    }

    /** A list of operations: each name repeated as many times as the number after it. */
    private static List<String> ops(Object... nameAndCount) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < nameAndCount.length; i += 2) {
            out.addAll(java.util.Collections.nCopies((Integer) nameAndCount[i + 1], (String) nameAndCount[i]));
        }
        return out;
    }

    @Test
    void theSmsStep_takesAtMostTwoRoundTrips() {
        var known = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        String session = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + portal.mail.lastToken() + "\"}",
                known.cookie(Cookies.BINDING)).cookie(Cookies.SESSION);
        portal.call("POST", "/api/me/2fa", "{\"enable\":true,\"mobile\":\"+15145550123\"}", session);
        portal.call("POST", "/api/me/2fa/confirm", "{\"code\":\"" + portal.sms.lastCode() + "\"}", session);
        portal.clock.advance(Duration.ofMinutes(1));

        var request = portal.call("POST", "/api/login/request", login(DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        var redeem = portal.call("POST", "/api/login/redeem", "{\"token\":\"" + portal.mail.lastToken() + "\"}",
                request.cookie(Cookies.BINDING));
        assertEquals(List.of("GetItem", "TransactWriteItems"), redeem.dynamoCalls());
        String challenge = redeem.cookie(Cookies.CHALLENGE);
        portal.clock.advance(Duration.ofSeconds(30));
        var resend = portal.call("POST", "/api/2fa/resend", null, challenge);
        assertEquals(200, resend.response().getStatusCode());
        assertEquals(List.of("GetItem", "TransactWriteItems"), resend.dynamoCalls());
        String code = portal.sms.lastCode();
        var wrong = portal.call("POST", "/api/2fa/verify", "{\"code\":\"" + (code.equals("000000") ? "1" : "0")
                + "00000\"}", challenge);
        assertEquals(List.of("UpdateItem", "TransactWriteItems"), wrong.dynamoCalls(), "the guess, then its event");
        var verify = portal.call("POST", "/api/2fa/verify", "{\"code\":\"" + code + "\"}", challenge);
        assertEquals(200, verify.response().getStatusCode());
        assertEquals(List.of("UpdateItem", "TransactWriteItems"), verify.dynamoCalls());
    }
}
