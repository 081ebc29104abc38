package com.secureexchanges.portal.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.dynamodb.DynamoTables;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.HandlerRegistry;
import com.secureexchanges.portal.devserver.LocalDynamo;
import com.secureexchanges.portal.devserver.LocalStores;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.wiring.Portal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 10's timing benchmark (docs/PERFORMANCE.md, "Time of the sign-in answer"): the handlers over
 * DynamoDB Local with a mail and an SMS provider that each take 100 ms. {@code POST /api/login/request}
 * for an address with an account and one without, a right captcha each, interleaved; then the redeem of
 * a 2FA user's link (the SMS step). Prints the medians. Written only against what the portal had before
 * the outbox too (the deliveries, when the portal has them, are run by a background thread as the local
 * portal does), so the same file measures the code before and after.
 */
public final class OutboxTiming {

    private static final String CAPTCHA = "904731";
    private static final String SITE = "https://portal.example.com";
    private static final int SAMPLES = 400;
    private static final int REDEEMS = 60;
    private static final Pattern TOKEN = Pattern.compile("#t=([A-Za-z0-9_-]{43})");

    private OutboxTiming() {
    }

    /** A provider that takes 100 ms per message, as an SES or SNS round trip might. */
    private static final class SlowProvider implements MailSender, SmsSender {
        final Map<String, String> tokens = new ConcurrentHashMap<>();

        @Override
        public void send(OutgoingEmail email) {
            pause();
            Matcher m = TOKEN.matcher(email.text());
            if (m.find()) {
                tokens.put(email.to().value(), m.group(1));
            }
        }

        @Override
        public void send(com.secureexchanges.portal.core.port.OutgoingSms sms) {
            pause();
        }

        private static void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String tokenFor(String email) throws InterruptedException {
            for (int i = 0; i < 12_000 && !tokens.containsKey(email); i++) { // the outbox may have a backlog
                Thread.sleep(10);
            }
            return tokens.remove(email);
        }
    }

    private static int ip;
    private static final ThreadLocal<String> KIND = ThreadLocal.withInitial(() -> "other");
    /** The time the current thread's request spent waiting for DynamoDB. */
    private static final ThreadLocal<long[]> IN_DYNAMO = ThreadLocal.withInitial(() -> new long[1]);
    private static final Map<String, List<Long>> BY_CALL = new ConcurrentHashMap<>();
    private static final software.amazon.awssdk.core.interceptor.ExecutionAttribute<Long> STARTED =
            new software.amazon.awssdk.core.interceptor.ExecutionAttribute<>("started");
    /** How long each DynamoDB call of a measured request took, by the kind of request. */
    private static final software.amazon.awssdk.core.interceptor.ExecutionInterceptor CALLS =
            new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
                @Override
                public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution c,
                                            software.amazon.awssdk.core.interceptor.ExecutionAttributes a) {
                    a.putAttribute(STARTED, System.nanoTime());
                }

                @Override
                public void afterExecution(software.amazon.awssdk.core.interceptor.Context.AfterExecution c,
                                           software.amazon.awssdk.core.interceptor.ExecutionAttributes a) {
                    BY_CALL.computeIfAbsent(KIND.get() + " " + a.getAttribute(
                            software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.OPERATION_NAME),
                            k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - a.getAttribute(STARTED));
                    IN_DYNAMO.get()[0] += System.nanoTime() - a.getAttribute(STARTED);
                }
            };

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "this version";
        SlowProvider provider = new SlowProvider();
        var dynamo = LocalDynamo.shared().client(CALLS);
        TableNames tables = TableNames.prefixed("timing-");
        DynamoTables.createMissing(dynamo, tables);
        Map<String, String> env = new HashMap<>(Map.of(AppConfig.FIXED_CAPTCHA, CAPTCHA));
        if (args.length > 1 && args[1].equals("notify")) {
            env.put("NOTIFY_UNKNOWN_ADDRESSES", "true");
        }
        // LOGIN_ANSWER_FLOOR_MS=0 measures the raw gap that the answer floor hides (see PERFORMANCE.md).
        Optional.ofNullable(System.getenv(AppConfig.LOGIN_ANSWER_FLOOR_MS))
                .ifPresent(floor -> env.put(AppConfig.LOGIN_ANSWER_FLOOR_MS, floor));
        Portal portal = LocalStores.portal(AppConfig.local(env, SITE, tables),
                Clock.systemUTC(), dynamo, provider, provider, HmacKeys.parse(HmacKeys.generate()), line -> { });
        DemoData.seed(portal.stores(), Clock.systemUTC().instant());
        HandlerRegistry handlers = new HandlerRegistry(portal);
        for (int i = 0; i < SAMPLES; i++) {
            portal.stores().users().create(user("known" + i + "@example.com", Optional.empty()));
        }
        for (int i = 0; i < REDEEMS; i++) {
            portal.stores().users().create(user("sms" + i + "@example.com", Optional.of("+1514555" + (1000 + i))));
        }
        for (int i = 0; i < 50; i++) { // warm-up
            request(handlers, "warm" + i + "@example.org");
        }
        List<Timed> known = new ArrayList<>();
        List<Timed> unknown = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            KIND.set("known");
            known.add(request(handlers, "known" + i + "@example.com"));
            KIND.set("unknown");
            unknown.add(request(handlers, "nobody" + i + "@example.org"));
        }
        KIND.set("other");
        // Sending starts only now: a delivery thread busy with the known addresses' emails during the
        // loop would slow the unknown address's request that follows each of them, and hide the gap.
        startDeliveries(portal);
        List<Long> redeems = new ArrayList<>();
        for (int i = 0; i < REDEEMS; i++) {
            String email = "sms" + i + "@example.com";
            Timed asked = request(handlers, email);
            String token = provider.tokenFor(email);
            long start = System.nanoTime();
            var answer = handlers.invoke(Routes.match("POST", "/api/login/redeem").orElseThrow().route(),
                    event("POST", "/api/login/redeem", "{\"token\":\"" + token + "\"}", asked.binding()));
            redeems.add(System.nanoTime() - start);
            if (answer.getStatusCode() != 200) {
                throw new IllegalStateException("redeem answered " + answer.getStatusCode() + " " + answer.getBody());
            }
        }
        double k = median(known.stream().map(Timed::nanos).toList());
        double u = median(unknown.stream().map(Timed::nanos).toList());
        System.out.printf("| %s | %.2f ms | %.2f ms | %+.2f ms | %.2f ms |%n", label, k, u, k - u, median(redeems));
        System.out.printf("known p90 %.2f, p99 %.2f, max %.2f ms; unknown p90 %.2f, p99 %.2f, max %.2f ms%n",
                quantile(known, 0.90), quantile(known, 0.99), quantile(known, 1), quantile(unknown, 0.90),
                quantile(unknown, 0.99), quantile(unknown, 1));
        double ko = median(known.stream().map(Timed::outside).toList());
        double uo = median(unknown.stream().map(Timed::outside).toList());
        System.out.printf("outside DynamoDB calls: known %.2f ms, unknown %.2f ms, gap %+.2f ms%n", ko, uo, ko - uo);
        new java.util.TreeMap<>(BY_CALL).forEach((call, nanos) -> System.out.printf("calls %s: %d, median %.2f ms%n",
                call, nanos.size(), median(nanos)));
        System.exit(0);
    }

    /** A request's server time, the part of it not spent waiting for DynamoDB, and its binding cookie. */
    private record Timed(long nanos, long outside, String binding) {
    }

    private static Timed request(HandlerRegistry handlers, String email) {
        var captcha = handlers.invoke(Routes.match("GET", "/api/captcha").orElseThrow().route(),
                event("GET", "/api/captcha", null, null));
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(captcha.getBody());
        if (!id.find()) {
            throw new IllegalStateException("no captcha: " + captcha.getBody());
        }
        String body = "{\"email\":\"" + email + "\",\"captchaId\":\"" + id.group(1) + "\",\"captchaAnswer\":\""
                + CAPTCHA + "\"}";
        APIGatewayProxyRequestEvent event = event("POST", "/api/login/request", body, null);
        IN_DYNAMO.get()[0] = 0;
        long start = System.nanoTime();
        APIGatewayProxyResponseEvent answer = handlers.invoke(Routes.match("POST", "/api/login/request")
                .orElseThrow().route(), event);
        long nanos = System.nanoTime() - start;
        if (answer.getStatusCode() != 202) {
            throw new IllegalStateException("request answered " + answer.getStatusCode() + " " + answer.getBody());
        }
        String binding = answer.getMultiValueHeaders().get("Set-Cookie").stream()
                .filter(c -> c.startsWith(Cookies.BINDING + "=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();
        return new Timed(nanos, nanos - IN_DYNAMO.get()[0], binding);
    }

    private static APIGatewayProxyRequestEvent event(String method, String path, String body, String cookie) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Origin", SITE);
        headers.put("User-Agent", "Mozilla/5.0 Chrome/156.0");
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        ip++;
        identity.setSourceIp("10." + (ip / 65536 % 256) + "." + (ip / 256 % 256) + "." + (ip % 256));
        context.setIdentity(identity);
        context.setRequestId("timing");
        return new APIGatewayProxyRequestEvent().withHttpMethod(method).withPath(path)
                .withResource(Routes.match(method, path).orElseThrow().route().path()).withHeaders(headers)
                .withBody(body).withRequestContext(context);
    }

    private static User user(String email, Optional<String> mobile) {
        return new User(java.util.UUID.randomUUID().toString(), DemoData.ACCOUNT_ID, new EmailAddress(email),
                Profile.of("Bench", "User", Language.EN), Role.STANDARD, true, mobile.isEmpty() ? Security.NONE
                : new Security(Optional.of(new PhoneNumber(mobile.get())), true, true, 1));
    }

    /** Where the portal has an outbox, sends from it every 50 ms in the background, as the local portal does. */
    private static void startDeliveries(Portal portal) {
        try {
            var pump = Portal.class.getMethod("deliveries").invoke(portal);
            var run = pump.getClass().getMethod("run");
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "deliveries");
                t.setDaemon(true);
                return t;
            });
            thread.scheduleWithFixedDelay(() -> {
                try {
                    run.invoke(pump);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
        } catch (NoSuchMethodException before) {
            // the portal before the outbox sends inside the request
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double quantile(List<Timed> timed, double q) {
        List<Long> sorted = timed.stream().map(Timed::nanos).sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size()))) / 1e6;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
