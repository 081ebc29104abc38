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
import com.secureexchanges.portal.devserver.LocalDynamo;
import com.secureexchanges.portal.devserver.LocalStores;
import com.secureexchanges.portal.wiring.Portal;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 12, items 1 and 2: the request-login handler from a fresh JVM, the naive baseline
 * ({@link NaiveRequestLoginHandler}), the real handler, and the real handler with its SnapStart hooks run
 * before the first request, interleaved round by round in one run so that the machine's load falls on all
 * three alike. Every JVM gets the same flags and environment (region, credentials and endpoint as Lambda
 * gives them) and signs in a user of its own with a right captcha (the full path).
 */
final class ColdStartComparison {

    static final String[] MODES = {"naive", "real", "primed"};
    private static final String REAL_PREFIX = "cold-";
    private static final String NAIVE_PREFIX = "naive-";
    /**
     * The jars the naive handler needs beyond the Lambda jar: the Enhanced Client, the Apache client (and
     * slf4j-api for its logging) and Jackson databind, which the functions' jars do not hold.
     */
    private static final Pattern NAIVE_JAR = Pattern.compile(".*/(dynamodb-enhanced|apache5-client|httpclient5"
            + "|httpcore5[^/]*|slf4j-api|jackson-databind|jackson-annotations)-[0-9][^/]*\\.jar");
    private static final Pattern LINE = Pattern.compile(
            "status=(\\d+) firstResponseMs=(\\d+) initMs=(\\d+) firstHandlerMs=(\\d+) secondHandlerMs=(\\d+)");

    private final Path root;
    private final Path jar;
    private final int rounds;

    ColdStartComparison(Path root, Path jar, int rounds) {
        this.root = root;
        this.jar = jar;
        this.rounds = rounds;
    }

    /** Runs {@code rounds} × (naive, real, primed) JVMs and prints the table; returns the medians by mode. */
    Map<String, long[]> run() throws Exception {
        DynamoDbClient dynamo = LocalDynamo.shared().client();
        TableNames tables = TableNames.prefixed(REAL_PREFIX);
        DynamoTables.createMissing(dynamo, tables);
        String keyText = HmacKeys.generate();
        Path keys = Files.createTempFile("portal-bench-keys", ".txt");
        Files.writeString(keys, keyText);
        Portal portal = LocalStores.portal(AppConfig.local(Map.of(AppConfig.FIXED_CAPTCHA, CountedPortal.CAPTCHA),
                CountedPortal.SITE, tables), Clock.systemUTC(), dynamo, e -> { }, m -> { }, HmacKeys.parse(keyText),
                l -> { });
        DemoData.seed(portal.stores(), Clock.systemUTC().instant());
        byte[] naiveKey = new byte[32];
        new SecureRandom().nextBytes(naiveKey);
        var naive = NaiveTables.create(dynamo, naiveKey);
        String template = Files.readString(root.resolve("events/login-request/202-known-address.json"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String realPath = jar + File.pathSeparator + root.resolve("functions/target/test-classes");
        String naivePath = realPath + File.pathSeparator + String.join(File.pathSeparator, jars(NAIVE_JAR, 6));
        Map<String, List<long[]>> results = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < MODES.length; k++) {
                String mode = MODES[k];
                int n = round * MODES.length + k;
                String user = "bench" + mode + round + "@example.com";
                String captchaId;
                if (mode.equals("naive")) {
                    captchaId = naive.captcha(n, CountedPortal.CAPTCHA);
                    naive.user(user, n);
                } else {
                    captchaId = portal.captchas().issue(new ClientInfo("192.0.2." + n, "", "")).id();
                    portal.stores().users().create(new User("bench-" + mode + "-" + round, DemoData.ACCOUNT_ID,
                            new EmailAddress(user), Profile.of("Bench", "User", Language.EN), Role.STANDARD, true,
                            Security.NONE));
                }
                Path event = Files.createTempFile("portal-bench-event", ".json");
                Files.writeString(event, template.replace("{{captchaId}}", captchaId)
                        .replace("{{captchaAnswer}}", CountedPortal.CAPTCHA)
                        .replace("198.51.100.23", "192.0.2." + (100 + n % 100))
                        .replace(DemoData.ADMIN_EMAIL, user));
                List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Djava.awt.headless=true", "-cp", mode.equals("naive") ? naivePath : realPath));
                // Extra flags for looking into a start (class loading, a profiler); none for the figures.
                String flags = System.getProperty("bench.probeFlags", "").replace("{mode}", mode);
                if (!flags.isBlank()) {
                    command.addAll(List.of(flags.strip().split("\\s+")));
                }
                command.addAll(List.of(ColdStartProbe.class.getName(), mode, event.toString(), REAL_PREFIX,
                        keys.toString()));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                Map<String, String> env = builder.environment();
                env.keySet().removeIf(name -> name.startsWith("AWS_"));
                env.put("AWS_REGION", "us-east-1");
                env.put("AWS_ACCESS_KEY_ID", "local");
                env.put("AWS_SECRET_ACCESS_KEY", "local");
                env.put("AWS_ENDPOINT_URL", LocalDynamo.shared().endpoint().toString());
                env.put("TABLE_PREFIX", NAIVE_PREFIX);
                env.put("HMAC_KEY", Base64.getEncoder().encodeToString(naiveKey));
                env.put("SITE_URL", CountedPortal.SITE);
                Path log = Files.createTempFile("portal-bench-probe", ".txt");
                Process child = builder.redirectOutput(log.toFile()).start();
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    throw new IllegalStateException(mode + " probe did not end: " + Files.readString(log));
                }
                String out = Files.readString(log).strip();
                Matcher m = LINE.matcher(out);
                if (!m.find() || !m.group(1).equals("202")) {
                    throw new IllegalStateException(mode + " probe failed: " + out);
                }
                results.computeIfAbsent(mode, x -> new ArrayList<>()).add(new long[] {Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5))});
            }
        }
        return print(results);
    }

    private Map<String, long[]> print(Map<String, List<long[]>> results) {
        System.out.printf("%n## Fresh JVM to first response of the request-login handler%n%n"
                + "`events/login-request/202-known-address.json` (a right captcha, a known user: 202), %d rounds of "
                + "naive, real, primed JVMs, interleaved; median (min–max), ms:%n%n"
                + "| handler | JVM start → first response | JVM start → handler built | first call | second call |%n"
                + "|---|---|---|---|---|%n", rounds);
        Map<String, long[]> medians = new LinkedHashMap<>();
        for (var entry : results.entrySet()) {
            List<long[]> r = entry.getValue();
            System.out.printf("| %s | %s | %s | %s | %s |%n", entry.getKey(), PerformanceReport.stat(r, 0),
                    PerformanceReport.stat(r, 1), PerformanceReport.stat(r, 2), PerformanceReport.stat(r, 3));
            long[] m = new long[4];
            for (int c = 0; c < 4; c++) {
                final int column = c;
                long[] v = r.stream().mapToLong(x -> x[column]).sorted().toArray();
                m[c] = v[v.length / 2];
            }
            medians.put(entry.getKey(), m);
        }
        double ratio = (double) medians.get("real")[0] / medians.get("naive")[0];
        System.out.printf("%nreal / naive, JVM start → first response (medians): %.2f (goal ≤ 0.50: %s)%n", ratio,
                ratio <= 0.5 ? "met" : "not met");
        System.out.printf("primed, first call / real, first call (medians): %d / %d ms%n", medians.get("primed")[2],
                medians.get("real")[2]);
        return medians;
    }

    /**
     * The jars of this JVM's class path that {@code pattern} matches, at least {@code expected}: the naive
     * handler's own dependencies (test scope: the Enhanced Client and the Apache 5 HTTP client), or the runtime's.
     */
    private static List<String> jars(Pattern pattern, int expected) throws URISyntaxException {
        List<String> jars = new ArrayList<>();
        if (ColdStartComparison.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                String name = url.getPath();
                if (pattern.matcher(name).matches()) {
                    jars.add(Path.of(url.toURI()).toString());
                }
            }
        } else {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (pattern.matcher(entry).matches()) {
                    jars.add(entry);
                }
            }
        }
        if (jars.size() < expected) {
            throw new IllegalStateException(pattern + ": " + expected + " jars expected on the classpath: " + jars);
        }
        return jars;
    }

    /** The naive baseline's tables and items, written through its own bean schemas. */
    private record NaiveTables(DynamoDbTable<NaiveItems.Captcha> captchas, DynamoDbTable<NaiveItems.User> users,
                               byte[] key) {

        static NaiveTables create(DynamoDbClient dynamo, byte[] key) {
            var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
            List<String> names = NaiveRequestLoginHandler.tableNames(NAIVE_PREFIX);
            var captchas = enhanced.table(names.get(0), TableSchema.fromBean(NaiveItems.Captcha.class));
            var users = enhanced.table(names.get(1), TableSchema.fromBean(NaiveItems.User.class));
            var links = enhanced.table(names.get(2), TableSchema.fromBean(NaiveItems.Link.class));
            var events = enhanced.table(names.get(3), TableSchema.fromBean(NaiveItems.Event.class));
            var existing = dynamo.listTables().tableNames();
            for (var table : List.of(captchas, users, links, events)) {
                if (!existing.contains(table.tableName())) {
                    table.createTable();
                }
            }
            return new NaiveTables(captchas, users, key);
        }

        String captcha(int n, String answer) {
            NaiveItems.Captcha item = new NaiveItems.Captcha();
            item.setId("naive-captcha-" + n + "-" + System.nanoTime());
            item.setAnswerHash(NaiveRequestLoginHandler.hmac(key, "captcha", answer));
            item.setExpiresAt(Instant.now().plusSeconds(600).getEpochSecond());
            captchas.putItem(item);
            return item.getId();
        }

        void user(String email, int n) {
            NaiveItems.User item = new NaiveItems.User();
            item.setEmail(email);
            item.setId("naive-user-" + n);
            item.setFirstName("Bench");
            item.setActive(true);
            users.putItem(item);
        }
    }
}
