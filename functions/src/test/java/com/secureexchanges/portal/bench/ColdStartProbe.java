package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.devserver.LocalStores;
import com.secureexchanges.portal.handler.RequestLoginHandler;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run in a fresh JVM by {@link PerformanceReport}: builds one request-login handler, answers one sample
 * event twice and prints how long each step took from the JVM's start. The region, credentials and
 * DynamoDB endpoint come from the environment, as in Lambda. Arguments: mode ({@code real}, {@code primed}
 * or {@code naive}), event file, and for the real handler the table prefix and key file.
 * <ul>
 *   <li>{@code real}: the portal's handler, its client built as {@code ProductionPortal} builds it;</li>
 *   <li>{@code primed}: the same, then its SnapStart hooks run in-process before the first request, as
 *       Lambda runs them before the snapshot and after the restore (the reported "built" includes them);</li>
 *   <li>{@code naive}: {@link NaiveRequestLoginHandler}.</li>
 * </ul>
 * Each is called as the Lambda runtime calls it. Both are stream handlers: the naive one reads the event and
 * writes the response with Jackson databind, the real one ({@code ApiHandler}) with jackson-core's parser and
 * generator; the runtime builds no serializer for either.
 */
public final class ColdStartProbe {

    private static final Pattern STATUS = Pattern.compile("\"statusCode\":(\\d+)");

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String mode = args[0];
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        Invocation handler = mode.equals("naive") ? naive() : real(args[2], Path.of(args[3]), mode.equals("primed"));
        long built = System.currentTimeMillis();
        long before = System.nanoTime();
        int status = handler.invoke(event);
        long firstMs = (System.nanoTime() - before) / 1_000_000;
        long firstResponse = System.currentTimeMillis() - jvmStart;
        long before2 = System.nanoTime();
        handler.invoke(event);
        long secondMs = (System.nanoTime() - before2) / 1_000_000;
        System.out.println("status=" + status + " firstResponseMs=" + firstResponse + " initMs=" + (built - jvmStart)
                + " firstHandlerMs=" + firstMs + " secondHandlerMs=" + secondMs);
        // The Apache client's connection reaper is not a daemon thread: the JVM would not end on its own.
        System.exit(0);
    }

    /** One invocation as the runtime makes it: the event's bytes in, the response's status out. */
    private interface Invocation {
        int invoke(byte[] event) throws Exception;
    }

    private static Invocation real(String prefix, Path keys, boolean primed) throws Exception {
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        // The answer floor left out, as in CountedPortal: the naive handler has none to wait.
        AppConfig config = AppConfig.local(Map.of(AppConfig.LOGIN_ANSWER_FLOOR_MS, "0"), CountedPortal.SITE,
                TableNames.prefixed(prefix));
        Portal portal = LocalStores.portal(config, Clock.systemUTC(), dynamo, email -> { }, sms -> { },
                HmacKeys.parse(Files.readString(keys)), line -> { });
        RequestLoginHandler handler = new RequestLoginHandler(portal);
        if (primed) {
            Priming priming = Priming.of(Routes.REQUEST_LOGIN, config, RequestLoginHandler::new);
            priming.beforeCheckpoint(null);
            priming.afterRestore(null);
        }
        // A stream handler: the runtime hands it the event's bytes and takes the response's.
        return event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event), out, null);
            return status(out);
        };
    }

    private static Invocation naive() {
        NaiveRequestLoginHandler handler = new NaiveRequestLoginHandler();
        return event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event), out, null);
            return status(out);
        };
    }

    private static int status(ByteArrayOutputStream response) {
        Matcher status = STATUS.matcher(response.toString(StandardCharsets.UTF_8));
        return status.find() ? Integer.parseInt(status.group(1)) : -1;
    }
}
