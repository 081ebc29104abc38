package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.devserver.LocalDynamo;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.wiring.Portal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the numbers of docs/PERFORMANCE.md: DynamoDB round trips per request, the Lambda jar's
 * size, and the time from a fresh JVM to the request-login handler's first response (median of
 * several JVMs). Run by {@code bash .ci/bench}.
 */
public final class PerformanceReport {

    private static final int RUNS = 7;

    private PerformanceReport() {
    }

    public static void main(String[] args) throws Exception {
        Path root = DevServer.repoRoot();
        System.out.println("## DynamoDB round trips per request\n");
        System.out.println("| request | calls | operations |\n|---|---|---|");
        roundTrips();
        imports();
        Path jar = root.resolve("functions/target/functions.jar");
        System.out.printf("%n## Lambda jar%n%n`functions/target/functions.jar`: %.1f MB (%d bytes)%n",
                Files.size(jar) / 1_048_576.0, Files.size(jar));
        coldStart(root, jar);
        System.exit(0);
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

    private static void coldStart(Path root, Path jar) throws Exception {
        var dynamo = LocalDynamo.shared().client();
        String prefix = "cold-";
        TableNames tables = TableNames.prefixed(prefix);
        DynamoTables.createMissing(dynamo, tables);
        String keyText = HmacKeys.generate();
        Path keys = Files.createTempFile("portal-bench-keys", ".txt");
        Files.writeString(keys, keyText);
        Portal portal = Portal.onDynamo(AppConfig.local(Map.of(AppConfig.FIXED_CAPTCHA, CountedPortal.CAPTCHA),
                CountedPortal.SITE, tables), Clock.systemUTC(), dynamo, e -> { }, m -> { }, HmacKeys.parse(keyText),
                l -> { });
        DemoData.seed(portal.stores(), Clock.systemUTC().instant());
        for (int i = 0; i < RUNS; i++) {
            portal.stores().users().create(benchUser(i));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = jar + File.pathSeparator + root.resolve("functions/target/test-classes");
        List<long[]> results = new ArrayList<>();
        String status = "";
        for (int i = 0; i < RUNS; i++) {
            String event = Files.readString(root.resolve("events/login-request/202-known-address.json"))
                    .replace("{{captchaId}}", portal.captchas().issue(new ClientInfo("192.0.2." + i, "", "")).id())
                    .replace("{{captchaAnswer}}", CountedPortal.CAPTCHA)
                    .replace("198.51.100.23", "192.0.2." + (100 + i))
                    .replace(DemoData.ADMIN_EMAIL, benchUser(i).email().value());
            Path eventFile = Files.createTempFile("portal-bench-event", ".json");
            Files.writeString(eventFile, event);
            Process child = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Djava.awt.headless=true", "-cp", classpath, ColdStartProbe.class.getName(),
                    LocalDynamo.shared().endpoint().toString(), prefix, keys.toString(), eventFile.toString())
                    .redirectErrorStream(true).start();
            String out = new String(child.getInputStream().readAllBytes()).strip();
            child.waitFor();
            Matcher m = Pattern.compile("status=(\\d+) firstResponseMs=(\\d+) initMs=(\\d+) firstHandlerMs=(\\d+) "
                    + "secondHandlerMs=(\\d+)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("probe failed: " + out);
            }
            status = m.group(1);
            results.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                Long.parseLong(m.group(5))});
        }
        System.out.printf("%n## Fresh JVM to first response of the request-login handler%n%n"
                + "`events/login-request/202-known-address.json` (status %s), %d fresh JVMs, median (min–max), ms:%n%n"
                + "| JVM start → first response | JVM start → handler built | first call | second call |%n"
                + "|---|---|---|---|%n| %s | %s | %s | %s |%n", status, RUNS,
                stat(results, 0), stat(results, 1), stat(results, 2), stat(results, 3));
    }

    /** One user per probe JVM, so each request takes the full path (not the 30 s per-address spacing). */
    private static User benchUser(int i) {
        return new User("bench-" + i, DemoData.ACCOUNT_ID, new EmailAddress("bench" + i + "@example.com"),
                Profile.of("Bench", "User", Language.EN), Role.STANDARD, true, Security.NONE);
    }

    private static String stat(List<long[]> results, int column) {
        long[] v = results.stream().mapToLong(r -> r[column]).sorted().toArray();
        return v[v.length / 2] + " (" + v[0] + "–" + v[v.length - 1] + ")";
    }
}
