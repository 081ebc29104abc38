package com.secureexchanges.portal.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.delivery.DeliveryPolicy;
import com.secureexchanges.portal.core.delivery.DeliveryPump;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.HandlerRegistry;
import com.secureexchanges.portal.devserver.LocalDynamo;
import com.secureexchanges.portal.devserver.LocalStores;
import com.secureexchanges.portal.testing.CallCounter;
import com.secureexchanges.portal.testing.MutableClock;
import com.secureexchanges.portal.testing.RecordingMailSender;
import com.secureexchanges.portal.testing.RecordingSmsSender;
import com.secureexchanges.portal.wiring.Portal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The handlers over DynamoDB Local through a client that counts its calls: how many round trips
 * each request costs. Used by a test (the counts must not grow) and by the performance report.
 */
public final class CountedPortal {

    public static final String CAPTCHA = "904731";
    public static final String SITE = "https://portal.example.com";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** API Gateway's side: writes the events, reads the responses. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public final CallCounter counter = new CallCounter();
    public final MutableClock clock = MutableClock.aheadOfNow();
    public final RecordingMailSender mail = new RecordingMailSender();
    public final RecordingSmsSender sms = new RecordingSmsSender();
    public final HandlerRegistry handlers;
    /**
     * The last request's time in the handler, and the CPU time of the calling thread in it: the handler's
     * own work (the SDK's marshalling included), not DynamoDB Local's, which runs on its server's threads.
     */
    public long lastWallNanos;
    public long lastCpuNanos;
    public final Portal portal;

    public final TableNames tables = TableNames.prefixed("count" + COUNTER.incrementAndGet() + "-");

    public CountedPortal() {
        this(new ExecutionInterceptor[0]);
    }

    /** The same, the client also running {@code more} (to inject faults). */
    public CountedPortal(ExecutionInterceptor... more) {
        WrittenDeliveries written = new WrittenDeliveries();
        ExecutionInterceptor[] all = java.util.Arrays.copyOf(more, more.length + 2);
        all[more.length] = counter;
        all[more.length + 1] = written;
        DynamoDbClient dynamo = LocalDynamo.shared().client(all);
        DynamoTables.createMissing(dynamo, tables);
        // No stream: the deliveries come from the writes (WrittenDeliveries). DynamoDB Local keeps a stream's
        // records in its own store, and a long benchmark slowed down as they piled up.
        dynamo.updateTable(r -> r.tableName(tables.auth()).streamSpecification(s -> s.streamEnabled(false)));
        // Without the answer floor (a deliberate wait of 100 ms, not work): these figures are the work's.
        portal = LocalStores.portal(AppConfig.local(Map.of(AppConfig.FIXED_CAPTCHA, CAPTCHA,
                        AppConfig.LOGIN_ANSWER_FLOOR_MS, "0"), SITE, tables),
                clock, dynamo, mail, sms, HmacKeys.parse(HmacKeys.generate()), line -> { });
        // The deliveries from the writes, not DynamoDB Local's stream (see WrittenDeliveries).
        DeliveryPump deliveries = new DeliveryPump(written, portal.dispatcher(), DeliveryPolicy.DEFAULT);
        mail.drainFrom(deliveries);
        sms.drainFrom(deliveries);
        DemoData.seed(portal.stores(), clock.instant());
        handlers = new HandlerRegistry(portal);
        counter.drain();
    }

    /**
     * Sends one request ({@code path} may end with a plain {@code ?a=b&c=d}); returns the response and the
     * DynamoDB operations it made.
     */
    public Call call(String method, String path, String body, String... cookies) {
        var headers = new java.util.HashMap<String, String>();
        headers.put("Origin", SITE);
        headers.put("User-Agent", "Mozilla/5.0 Chrome/156.0");
        if (cookies.length > 0) {
            headers.put("Cookie", String.join("; ", cookies));
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", path.contains("/import") ? "text/csv" : "application/json");
        }
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp("198.51.100." + (COUNTER.incrementAndGet() % 250));
        context.setIdentity(identity);
        context.setRequestId("bench");
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Map<String, String> query = new java.util.HashMap<>();
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        Routes.Match match = Routes.match(method, route).orElseThrow();
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod(method).withPath(route)
                .withResource(match.route().path()).withHeaders(headers).withBody(body).withRequestContext(context)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(match.parameters().isEmpty() ? null : match.parameters());
        // As Lambda calls the function: the event's JSON in, the response's out (written and read outside the time).
        byte[] json = json(() -> JSON.writeValueAsBytes(event));
        counter.drain();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        byte[] answer = handlers.invokeAsLambda(match.route(), json);
        lastWallNanos = System.nanoTime() - wall;
        lastCpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return new Call(json(() -> JSON.readValue(answer, APIGatewayProxyResponseEvent.class)), counter.drain());
    }

    private interface JsonStep<T> {
        T run() throws IOException;
    }

    private static <T> T json(JsonStep<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An import file of {@code rows} new users at the demo account's approved domain, addresses starting
     * with {@code prefix}, as the template is filled in.
     */
    public static String importFile(String prefix, int rows) {
        StringBuilder file = new StringBuilder("email,first_name,last_name,mobile,language,time_zone,role,plan\r\n");
        for (int i = 0; i < rows; i++) {
            file.append(String.format(java.util.Locale.ROOT, "%s%04d@example.com,Bench,User %04d,,,,,\r\n",
                    prefix, i, i));
        }
        return file.toString();
    }

    public record Call(APIGatewayProxyResponseEvent response, List<String> dynamoCalls) {

        public String cookie(String name) {
            List<String> all = new ArrayList<>(response.getMultiValueHeaders().get("Set-Cookie"));
            return all.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst().orElseThrow();
        }

        public String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(response.getBody());
            if (!m.find()) {
                throw new AssertionError("no " + name + " in " + response.getBody());
            }
            return m.group(1);
        }
    }
}
