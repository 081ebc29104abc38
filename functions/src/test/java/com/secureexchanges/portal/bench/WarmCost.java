package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.core.captcha.CaptchaRenderer;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.handler.http.Cookies;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 12, item 3: the warm cost of the sign-in routes. After a warm-up, {@code requests} sign-ins of a
 * plain user (captcha, request, redeem → session) and as many of a 2FA user (captcha, request, redeem → SMS,
 * verify) go through the handlers against DynamoDB Local over loopback; each request's time in the handler
 * and the CPU time of the calling thread (the handler's own work, the SDK's included; DynamoDB Local works
 * on its server's threads) are kept, and printed as p50 / p99. Then the captcha renderer alone.
 */
final class WarmCost {

    static final int REQUESTS = 10_000;
    private static final int WARM_UP = 300;
    private static final String[] ROUTES = {"GET /api/captcha", "POST /api/login/request",
        "POST /api/login/redeem (→ session)", "POST /api/login/redeem (2FA user → SMS)", "POST /api/2fa/verify"};

    private final CountedPortal p = new CountedPortal();
    private final Map<String, long[][]> samples = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private WarmCost(int requests) {
        for (String route : ROUTES) {
            int n = route.startsWith("GET /api/captcha") || route.startsWith("POST /api/login/request")
                    ? 2 * requests : requests;
            samples.put(route, new long[2][n]);
            counts.put(route, 0);
        }
    }

    static void run(int requests) {
        WarmCost cost = new WarmCost(requests);
        long start = System.nanoTime();
        cost.signIns(requests);
        System.out.printf("%n## Warm cost of the sign-in routes%n%n%,d sign-ins of each kind after %d of warm-up "
                + "(%d s), through the handlers, DynamoDB Local over loopback; ms:%n%n"
                + "| request | n | server time p50 | p99 | handler CPU p50 | p99 |%n|---|---|---|---|---|---|%n",
                requests, WARM_UP, (System.nanoTime() - start) / 1_000_000_000);
        cost.samples.forEach((route, s) -> System.out.printf("| %s | %,d | %s | %s | %s | %s |%n", route, s[0].length,
                ms(s[0], 50), ms(s[0], 99), ms(s[1], 50), ms(s[1], 99)));
        renders(requests);
    }

    private void signIns(int requests) {
        User plain = user("warm-plain", "warm.plain@example.com", Security.NONE);
        User twoFactor = user("warm-2fa", "warm.2fa@example.com",
                new Security(Optional.of(PhoneNumber.parse("+15145550199")), true, true, 1));
        for (int i = -WARM_UP; i < requests; i++) {
            boolean keep = i >= 0;
            // Past every per-address, per-IP and per-number budget (10 SMS a day): each sign-in is a first.
            p.clock.advance(Duration.ofHours(3));
            var request = request(plain, keep);
            var redeem = p.call("POST", "/api/login/redeem", "{\"token\":\"" + p.mail.lastToken() + "\"}",
                    request.cookie(Cookies.BINDING));
            expect(redeem, 200, keep, ROUTES[2]);
            var request2 = request(twoFactor, keep);
            var redeem2 = p.call("POST", "/api/login/redeem", "{\"token\":\"" + p.mail.lastToken() + "\"}",
                    request2.cookie(Cookies.BINDING));
            expect(redeem2, 200, keep, ROUTES[3]);
            var verify = p.call("POST", "/api/2fa/verify", "{\"code\":\"" + p.sms.lastCode() + "\"}",
                    redeem2.cookie(Cookies.CHALLENGE));
            expect(verify, 200, keep, ROUTES[4]);
        }
    }

    private CountedPortal.Call request(User user, boolean keep) {
        var captcha = p.call("GET", "/api/captcha", null);
        expect(captcha, 200, keep, ROUTES[0]);
        var request = p.call("POST", "/api/login/request", "{\"email\":\"" + user.email().value()
                + "\",\"captchaId\":\"" + captcha.field("id") + "\",\"captchaAnswer\":\"" + CountedPortal.CAPTCHA + "\"}");
        expect(request, 202, keep, ROUTES[1]);
        return request;
    }

    private void expect(CountedPortal.Call call, int status, boolean keep, String route) {
        if (call.response().getStatusCode() != status) {
            throw new IllegalStateException(route + ": " + call.response().getStatusCode() + " "
                    + call.response().getBody());
        }
        if (keep) {
            int n = counts.merge(route, 1, Integer::sum) - 1;
            samples.get(route)[0][n] = p.lastWallNanos;
            samples.get(route)[1][n] = p.lastCpuNanos;
        }
    }

    private User user(String id, String email, Security security) {
        User user = new User(id, DemoData.ACCOUNT_ID, new EmailAddress(email), Profile.of("Warm", "User", Language.EN),
                Role.STANDARD, true, security);
        p.portal.stores().users().create(user);
        return user;
    }

    /** The captcha renderer alone, on this thread: {@code count} renders after 1,000 of warm-up. */
    private static void renders(int count) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CaptchaRenderer renderer = new CaptchaRenderer();
        long[][] s = new long[2][count];
        for (int i = -1_000; i < count; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            renderer.render(String.format("%06d", Math.floorMod(i * 7919, 1_000_000)));
            if (i >= 0) {
                s[0][i] = System.nanoTime() - wall;
                s[1][i] = threads.getCurrentThreadCpuTime() - cpu;
            }
        }
        System.out.printf("%nCaptcha rendering alone, %,d renders after 1,000 of warm-up, ms: wall p50 %s, p99 %s; "
                + "CPU p50 %s, p99 %s (goal p50 ≤ 3)%n", count, ms(s[0], 50), ms(s[0], 99), ms(s[1], 50), ms(s[1], 99));
    }

    private static String ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format("%.2f", sorted[Math.max(0, index)] / 1e6);
    }
}
