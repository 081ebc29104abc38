package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The local portal on a free port, with a fixed captcha, a movable clock and captured log lines.
 * Use it directly, or as {@code @RegisterExtension static RunningPortal portal = new RunningPortal();}
 * to share one portal across a test class.
 */
public final class RunningPortal implements AutoCloseable, AfterAllCallback {

    public static final String CAPTCHA = "904731";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final MutableClock clock = MutableClock.aheadOfNow();
    public final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    /** The only DNS server this portal asks (SPEC U4): tests publish records on it. */
    public final LoopbackDns dns = new LoopbackDns();
    public final DevServer server;

    public RunningPortal() {
        this("");
    }

    /** A portal whose every address is under {@code basePath} ({@code "/local"}), as under API Gateway's stage. */
    public RunningPortal(String basePath) {
        try {
            server = DevServer.start(new DevServer.Options(0, null, Map.of(AppConfig.FIXED_CAPTCHA, CAPTCHA,
                    AppConfig.DNS_RESOLVERS, dns.address()), clock,
                    logLines::add, "http" + COUNTER.incrementAndGet() + "-").under(basePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return server.url().toString();
    }

    /** Every item of every table, for "nothing was written" assertions. */
    public List<Map<String, AttributeValue>> allItems() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String table : List.of(server.tables().directory(), server.tables().auth(), server.tables().sessions(),
                server.tables().events())) {
            items.addAll(server.dynamo().scan(r -> r.tableName(table).consistentRead(true)).items());
        }
        items.sort(java.util.Comparator.comparing(Object::toString));
        return items;
    }

    /** Plain calls to this portal. */
    public HttpCall http() {
        return new HttpCall(url());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
        dns.close();
    }
}
