package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.adapter.cloudwatch.EmfMetrics;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.adapter.outbox.Outbox;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.SiteAssets;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.config.LogSink;
import com.secureexchanges.portal.wiring.Portal;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The whole portal on one machine (SPEC D1): the static site, every handler of {@code Routes} fed API
 * Gateway REST events, DynamoDB Local in this JVM and the outbox at {@code /dev/outbox}.
 */
public final class DevServer implements AutoCloseable {

    /**
     * @param port        0 for any free port
     * @param dataDir     where DynamoDB Local and the HMAC keys live; null keeps everything in memory
     * @param tablePrefix prefix of the table names (tests use one per server)
     * @param awsEndpoint a LocalStack-compatible endpoint to use instead of DynamoDB Local and the
     *                    outbox alone (SPEC D2); empty for the embedded default
     * @param basePath    {@code ""}, or {@code "/<stage>"} to answer as API Gateway does in the variant
     *                    without CloudFront: every address (the site, the API, the outbox) under the stage,
     *                    404 outside it, no Content-Security-Policy header (the pages carry it)
     */
    public record Options(int port, Path dataDir, Map<String, String> env, Clock clock, LogSink logSink,
                          String tablePrefix, Optional<URI> awsEndpoint, String basePath) {

        public Options(int port, Path dataDir, Map<String, String> env, Clock clock, LogSink logSink,
                       String tablePrefix, Optional<URI> awsEndpoint) {
            this(port, dataDir, env, clock, logSink, tablePrefix, awsEndpoint, "");
        }

        public Options(int port, Path dataDir, Map<String, String> env, Clock clock, LogSink logSink,
                       String tablePrefix) {
            this(port, dataDir, env, clock, logSink, tablePrefix, Optional.empty());
        }

        /** These options with the site, the API and the outbox under {@code base}. */
        public Options under(String base) {
            return new Options(port, dataDir, env, clock, logSink, tablePrefix, awsEndpoint, base);
        }
    }

    private final HttpServer server;
    private final Optional<LocalDynamo> dynamo;
    private final DynamoDbClient client;
    private final Outbox outbox;
    private final TableNames tables;
    private final Portal portal;
    private final URI url;
    private final String base;
    /** Requests for an address outside {@link #base} (answered 404), for tests. */
    private final AtomicInteger outsideBase = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    /** Reads the auth table's stream and sends what waits in the outbox, as the deliveries function does. */
    private final ScheduledExecutorService deliveries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "deliveries");
        thread.setDaemon(true);
        return thread;
    });

    private DevServer(Options options) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        base = options.basePath();
        url = URI.create("http://localhost:" + server.getAddress().getPort() + base);
        outbox = new Outbox(options.clock());
        Optional<EmulatorClients> emulator = options.awsEndpoint().map(endpoint -> new EmulatorClients(endpoint, outbox,
                new EmfMetrics(options.logSink(), options.clock(), EmfMetrics.LOCAL_STAGE)));
        if (options.dataDir() != null && emulator.isEmpty()) {
            LocalLayout.upgrade(options.dataDir());
        }
        dynamo = emulator.isPresent() ? Optional.empty() : Optional.of(options.dataDir() == null ? LocalDynamo.shared()
                : LocalDynamo.start(options.dataDir().resolve("dynamodb")));
        client = emulator.map(EmulatorClients::dynamo).orElseGet(() -> dynamo.orElseThrow().client());
        tables = TableNames.prefixed(options.tablePrefix());
        createTables(client, tables);
        List<byte[]> keys = options.dataDir() == null
                ? HmacKeys.parse(HmacKeys.generate()) : LocalKeys.loadOrCreate(options.dataDir());
        AppConfig config = AppConfig.local(options.env(), url.toString(), tables);
        portal = LocalStores.portal(config, options.clock(), client, emulator.<MailSender>map(e -> e).orElse(outbox),
                emulator.<SmsSender>map(e -> e).orElse(outbox), keys, options.logSink());
        DemoData.seed(portal.stores(), options.clock().instant(), config.licenses().plans());
        HandlerRegistry handlers = new HandlerRegistry(portal);
        deliveries.scheduleWithFixedDelay(this::deliver, 0, 200, TimeUnit.MILLISECONDS);
        StaticFiles site = new StaticFiles(repoRoot().resolve("static-site"), base);
        server.createContext("/", exchange -> guard(exchange, () -> {
            SecurityHeaders.add(exchange.getResponseHeaders(), base.isEmpty());
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(base + "/")) {
                outsideBase.incrementAndGet();
                plain(exchange, 404, "Not found");
                return;
            }
            path = path.substring(base.length());
            if (path.startsWith("/api/")) {
                api(exchange, handlers, path);
            } else if (path.equals("/dev/outbox.json")) {
                deliver();
                send(exchange, 200, "application/json; charset=utf-8", OutboxPage.json(outbox.messages()));
            } else if (path.equals("/dev/outbox")) {
                deliver();
                send(exchange, 200, "text/html; charset=utf-8", OutboxPage.html(outbox.messages()));
            } else {
                site.serve(exchange, path);
            }
        }));
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Creates what is missing. A DynamoDB Local just started on a data folder that another instance of
     * this JVM has just let go of can answer 500 for a moment while SQLite still holds the file's lock
     * (seen under load, at a restart): wait for it, a few seconds at most.
     */
    private static void createTables(DynamoDbClient client, TableNames tables) {
        for (int attempt = 1; ; attempt++) {
            try {
                DynamoTables.createMissing(client, tables);
                return;
            } catch (DynamoDbException busy) {
                if (busy.statusCode() != 500 || attempt == 20) {
                    throw busy;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    public static DevServer start(Options options) throws IOException {
        return new DevServer(options);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> env = System.getenv();
        Options options = optionsFrom(env);
        DevServer portal = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        System.out.println("""

                Secure Exchanges portal running at %s
                  demo administrator: %s   outbox (emails and SMS): %s/dev/outbox
                  data folder: %s%s%s
                Press Ctrl+C to stop.
                """.formatted(portal.url(), DemoData.ADMIN_EMAIL, portal.url(), options.dataDir().toAbsolutePath(),
                options.awsEndpoint().map(e -> "\n  DynamoDB, SES and SNS: " + e + " (LocalStack mode), tables "
                        + options.tablePrefix() + "*").orElse(""),
                env.containsKey(AppConfig.FIXED_CAPTCHA) ? "\n  fixed captcha answer is on (tests only)" : ""));
    }

    /**
     * The run command's settings (README): {@code PORT}, {@code PORTAL_DATA_DIR}, {@code AWS_ENDPOINT_URL}, the
     * table prefix of {@link LocalTablePrefix}, which ties an emulator's tables to the data folder, and
     * {@code PORTAL_BASE_PATH} (everything under a stage, as API Gateway serves the site without CloudFront).
     */
    static Options optionsFrom(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", repoRoot().resolve(".portal-data").toString()));
        Optional<URI> endpoint = Optional.ofNullable(env.get("AWS_ENDPOINT_URL")).filter(e -> !e.isBlank())
                .map(URI::create);
        String base = env.getOrDefault("PORTAL_BASE_PATH", "");
        if (!SiteAssets.isBase(base)) {
            throw new IllegalArgumentException("PORTAL_BASE_PATH is empty or one path segment such as /local");
        }
        return new Options(port, dataDir, env, Clock.systemUTC(), System.out::println,
                LocalTablePrefix.of(env, dataDir, endpoint.isPresent()), endpoint, base);
    }

    private void api(HttpExchange exchange, HandlerRegistry handlers, String decoded) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(base.length());
        Optional<Routes.Match> match = Routes.match(exchange.getRequestMethod(), path);
        if (match.isPresent()) {
            ApiBridge.write(exchange, handlers.invoke(match.get().route(),
                    ApiBridge.toEvent(exchange, decoded, match.get())));
        } else if (Routes.knownPath(path)) {
            send(exchange, 405, "application/json", error(ErrorId.METHOD_NOT_ALLOWED));
        } else {
            send(exchange, 404, "application/json", error(ErrorId.NOT_FOUND));
        }
    }

    /** What API Gateway would not route: answered here with the catalogue's id and text. */
    private static String error(ErrorId id) {
        return "{\"error\":\"" + id.id() + "\",\"message\":\"" + id.text(Language.EN, Map.of()) + "\"}";
    }

    private interface Action {
        void run() throws IOException;
    }

    /**
     * Runs the action; a failure answers 500 and is logged with the raw (still percent-encoded) path, so
     * that no {@code %0a} in a request can forge a log line (security review, finding 9).
     */
    private static void guard(HttpExchange exchange, Action action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            System.err.println(("dev server: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + " failed: " + e).replaceAll("\\p{Cntrl}", "?"));
            try {
                plain(exchange, 500, "Internal error");
            } catch (IOException | RuntimeException ignored) {
                exchange.close();
            }
        }
    }

    static void plain(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The checkout's root: the folder holding {@code static-site/}. */
    public static Path repoRoot() {
        String configured = System.getProperty("portal.repoRoot");
        Path dir = Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("static-site")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the checkout (a folder with static-site/ and pom.xml) from " + dir);
    }

    /** Where the portal is: {@code http://localhost:<port>}, and its base path when it has one. */
    public URI url() {
        return url;
    }

    /** How many requests asked for an address outside the base path (none when there is no base). */
    public int requestsOutsideBase() {
        return outsideBase.get();
    }

    public DynamoDbClient dynamo() {
        return client;
    }

    public TableNames tables() {
        return tables;
    }

    /** The composition root the handlers run on (for tests that set data up directly). */
    public Portal portal() {
        return portal;
    }

    /**
     * Sends what the stream has now. The outbox pages call it first, so that they show every message of
     * a request answered before (a person would have it within the 200 ms of the next run anyway).
     */
    private void deliver() {
        try {
            portal.deliveries().run();
        } catch (RuntimeException e) {
            System.getLogger(DevServer.class.getName()).log(System.Logger.Level.WARNING,
                    "deliveries: " + e.getClass().getName());
        }
    }

    @Override
    public void close() {
        deliveries.shutdownNow();
        server.stop(0);
        executor.shutdownNow();
        client.close();
        dynamo.ifPresent(LocalDynamo::close);
    }
}
