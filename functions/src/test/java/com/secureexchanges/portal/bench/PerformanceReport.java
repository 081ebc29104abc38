package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.handler.http.Cookies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the numbers of docs/PERFORMANCE.md: DynamoDB round trips per request, the Lambda jar's
 * size, and the time from a fresh JVM to the request-login handler's first response (median of
 * several JVMs). Run by {@code bash .ci/bench}.
 */
public final class PerformanceReport {

    private static final int RUNS = 7;

    private PerformanceReport() {
    }

    /**
     * Prints every section; {@code -Dbench.sections=counts,cold,warm} picks some (for a quicker look), and
     * {@code -Dbench.warmRequests=N} sets the warm-cost sample size.
     */
    public static void main(String[] args) {
        // DynamoDB Local's threads keep exec:java waiting after main: end the JVM either way.
        try {
            report();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void report() throws Exception {
        Path root = DevServer.repoRoot();
        List<String> sections = List.of(System.getProperty("bench.sections", "counts,cold,warm").split(","));
        if (sections.contains("counts")) {
            System.out.println("## DynamoDB round trips per request\n");
            System.out.println("| request | calls | operations |\n|---|---|---|");
            roundTrips();
            imports();
        }
        Path jar = root.resolve("functions/target/functions.jar");
        System.out.printf("%n## Lambda jar%n%n`functions/target/functions.jar`: %.1f MB (%d bytes)%n",
                Files.size(jar) / 1_048_576.0, Files.size(jar));
        if (sections.contains("cold")) {
            new ColdStartComparison(root, jar, Integer.getInteger("bench.coldRounds", RUNS)).run();
        }
        if (sections.contains("warm")) {
            WarmCost.run(Integer.getInteger("bench.warmRequests", WarmCost.REQUESTS));
        }
    }

    private static void roundTrips() {
        CountedPortal p = new CountedPortal();
        row("GET /api/captcha", p.call("GET", "/api/captcha", null).dynamoCalls());
        var known = p.call("POST", "/api/login/request", body(p, DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        row("POST /api/login/request (known address, right captcha)", known.dynamoCalls());
        row("POST /api/login/request (unknown address)",
                p.call("POST", "/api/login/request", body(p, "nobody@example.org", CountedPortal.CAPTCHA)).dynamoCalls());
        row("POST /api/login/request (wrong captcha)",
                p.call("POST", "/api/login/request", body(p, DemoData.ADMIN_EMAIL, "000000")).dynamoCalls());
        String token = p.mail.lastToken();
        row("POST /api/login/redeem (other browser: Error 2)",
                p.call("POST", "/api/login/redeem", "{\"token\":\"" + token + "\"}").dynamoCalls());
        var redeem = p.call("POST", "/api/login/redeem", "{\"token\":\"" + token + "\"}", known.cookie(Cookies.BINDING));
        row("POST /api/login/redeem (success)", redeem.dynamoCalls());
        String session = redeem.cookie(Cookies.SESSION);
        row("GET /api/me", p.call("GET", "/api/me", null, session).dynamoCalls());
        row("GET /api/account", p.call("GET", "/api/account", null, session).dynamoCalls());
        row("PUT /api/me (profile changed, with its event)", p.call("PUT", "/api/me", "{\"firstName\":\"Ada\","
                + "\"lastName\":\"Bench\",\"language\":\"en\",\"timeZone\":\"America/Toronto\","
                + "\"dateCulture\":\"en-CA\"}", session).dynamoCalls());
        row("GET /api/me/events (one page)", p.call("GET", "/api/me/events", null, session).dynamoCalls());
        row("GET /api/users (one page)", p.call("GET", "/api/users", null, session).dynamoCalls());
        String user = "/api/users/" + DemoData.ADMIN_ID;
        row("GET /api/users/{id}/events (one page)", p.call("GET", user + "/events", null, session).dynamoCalls());
        row("GET /api/users/{id}/events.csv (small log)", p.call("GET", user + "/events.csv", null, session)
                .dynamoCalls());
        row("GET /api/users/{id}/events/verify (small log)", p.call("GET", user + "/events/verify", null, session)
                .dynamoCalls());
        row("POST /api/logout", p.call("POST", "/api/logout", null, session).dynamoCalls());
        twoFactor(p);
    }

    private static void twoFactor(CountedPortal p) {
        p.clock.advance(java.time.Duration.ofSeconds(31));
        var request = p.call("POST", "/api/login/request", body(p, DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        String session = p.call("POST", "/api/login/redeem", "{\"token\":\"" + p.mail.lastToken() + "\"}",
                request.cookie(Cookies.BINDING)).cookie(Cookies.SESSION);
        row("POST /api/me/2fa (enable: code sent)", p.call("POST", "/api/me/2fa",
                "{\"enable\":true,\"mobile\":\"+15145550123\"}", session).dynamoCalls());
        row("POST /api/me/2fa/confirm", p.call("POST", "/api/me/2fa/confirm",
                "{\"code\":\"" + p.sms.lastCode() + "\"}", session).dynamoCalls());
        p.clock.advance(java.time.Duration.ofMinutes(1));
        var again = p.call("POST", "/api/login/request", body(p, DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        var redeem = p.call("POST", "/api/login/redeem", "{\"token\":\"" + p.mail.lastToken() + "\"}",
                again.cookie(Cookies.BINDING));
        row("POST /api/login/redeem (2FA user: SMS sent)", redeem.dynamoCalls());
        String challenge = redeem.cookie(Cookies.CHALLENGE);
        p.clock.advance(java.time.Duration.ofSeconds(30));
        row("POST /api/2fa/resend", p.call("POST", "/api/2fa/resend", null, challenge).dynamoCalls());
        String wrong = p.sms.lastCode().equals("000000") ? "111111" : "000000";
        row("POST /api/2fa/verify (wrong code)", p.call("POST", "/api/2fa/verify", "{\"code\":\"" + wrong + "\"}",
                challenge).dynamoCalls());
        row("POST /api/2fa/verify (right code)", p.call("POST", "/api/2fa/verify",
                "{\"code\":\"" + p.sms.lastCode() + "\"}", challenge).dynamoCalls());
    }

    /**
     * The CSV import of 1,000 new users (ACCESS-PATTERNS 16): round trips and wall time of the dry run, the
     * import and the same file again, each over {@link #RUNS} files of fresh addresses.
     */
    private static void imports() {
        CountedPortal p = new CountedPortal();
        var request = p.call("POST", "/api/login/request", body(p, DemoData.ADMIN_EMAIL, CountedPortal.CAPTCHA));
        String session = p.call("POST", "/api/login/redeem", "{\"token\":\"" + p.mail.lastToken() + "\"}",
                request.cookie(Cookies.BINDING)).cookie(Cookies.SESSION);
        String[] names = {"dry run (1,000 new rows)", "import (1,000 new rows)",
            "the same file again (1,000 unchanged)"};
        String[] paths = {"/api/users/import?dryRun=true", "/api/users/import?dryRun=false",
            "/api/users/import?dryRun=false"};
        List<List<String>> calls = new ArrayList<>();
        List<long[]> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String file = CountedPortal.importFile("run" + run + ".user", 1_000);
            long[] ms = new long[paths.length];
            for (int i = 0; i < paths.length; i++) {
                long start = System.nanoTime();
                var call = p.call("POST", paths[i], file, session);
                ms[i] = (System.nanoTime() - start) / 1_000_000;
                if (call.response().getStatusCode() != 200) {
                    throw new IllegalStateException(names[i] + ": " + call.response().getBody());
                }
                if (run == 0) {
                    calls.add(call.dynamoCalls());
                }
            }
            times.add(ms);
        }
        System.out.printf("%n## The CSV import of 1,000 users%n%n%d files of 1,000 fresh addresses, median (min–max):"
                + "%n%n| POST /api/users/import | calls | operations | ms |%n|---|---|---|---|%n", RUNS);
        for (int i = 0; i < paths.length; i++) {
            System.out.println("| " + names[i] + " | " + calls.get(i).size() + " | " + grouped(calls.get(i)) + " | "
                    + stat(times, i) + " |");
        }
    }

    /** "BatchGetItem ×10, TransactWriteItems ×31": runs of the same operation counted. */
    private static String grouped(List<String> calls) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < calls.size(); ) {
            int j = i;
            while (j < calls.size() && calls.get(j).equals(calls.get(i))) {
                j++;
            }
            out.add(calls.get(i) + (j - i > 1 ? " ×" + (j - i) : ""));
            i = j;
        }
        return String.join(", ", out);
    }

    private static String body(CountedPortal p, String email, String answer) {
        String id = p.call("GET", "/api/captcha", null).field("id");
        return "{\"email\":\"" + email + "\",\"captchaId\":\"" + id + "\",\"captchaAnswer\":\"" + answer + "\"}";
    }

    private static void row(String request, List<String> calls) {
        System.out.println("| " + request + " | " + calls.size() + " | " + String.join(", ", calls) + " |");
    }

    static String stat(List<long[]> results, int column) {
        long[] v = results.stream().mapToLong(r -> r[column]).sorted().toArray();
        return v[v.length / 2] + " (" + v[0] + "–" + v[v.length - 1] + ")";
    }
}
