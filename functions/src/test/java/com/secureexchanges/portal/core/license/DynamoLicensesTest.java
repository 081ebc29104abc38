package com.secureexchanges.portal.core.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The same through the DynamoDB stores, and the races the conditions exist for (SPEC A5): many requests at
 * once never take more licences than are free, never give one licence to two users, never two to one user,
 * and pay a quote once.
 */
class DynamoLicensesTest extends LicensesTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }

    /** Runs the calls at the same moment; answers each outcome: "ok" or the refusal's id. */
    private static List<String> together(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<Object> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    call.call();
                    return "ok";
                } catch (PortalException refused) {
                    return refused.id();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        return outcomes;
    }

    private static Map<String, Integer> count(List<String> outcomes) {
        Map<String, Integer> out = new TreeMap<>();
        outcomes.forEach(o -> out.merge(o, 1, Integer::sum));
        return out;
    }

    /** The same call {@code n} times at once. */
    private static List<String> times(int n, Callable<Object> call) throws Exception {
        return together(Collections.nCopies(n, call));
    }

    /** A user holding an Eco licence, of {@code bought} bought. */
    private User licensed(String name, int bought) {
        buy("eco", bought);
        User user = user(name);
        f.portal.licenseAdministration().assign(admin(), user.id(), "eco");
        return user;
    }

    private List<User> users(String prefix, int n) {
        List<User> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(user(prefix + i));
        }
        return out;
    }

    @RepeatedTest(3)
    void fourteenAssignsAtOnce_forTenFreeLicences_exactlyTenSucceed() throws Exception {
        buy("eco", 10);
        Caller admin = admin();
        List<Callable<Object>> calls = new ArrayList<>();
        for (User u : users("racer", 14)) {
            calls.add(() -> f.portal.licenseAdministration().assign(admin, u.id(), "eco"));
        }
        List<String> outcomes = together(calls);
        assertEquals(Map.of("ok", 10, "no_license_available", 4), count(outcomes), outcomes.toString());
        assertEquals(new Seats(10, 0), seats("eco"));
        assertPoolConsistent();
    }

    @RepeatedTest(3)
    void oneUser_assignedManyPlansAtOnce_holdsExactlyOne() throws Exception {
        buy("eco", 3);
        buy("advanced", 3);
        buy("pro", 3);
        User pat = user("pat");
        Caller admin = admin();
        List<Callable<Object>> calls = new ArrayList<>();
        for (String plan : List.of("eco", "advanced", "pro", "eco", "advanced", "pro")) {
            calls.add(() -> f.portal.licenseAdministration().assign(admin, pat.id(), plan));
        }
        together(calls);
        assertTrue(f.reload(pat).license().isPresent());
        assertEquals(1, seats("eco").assigned() + seats("advanced").assigned() + seats("pro").assigned());
        assertPoolConsistent();
    }

    @RepeatedTest(3)
    void oneLicence_transferredToManyAtOnce_goesToExactlyOne() throws Exception {
        User pat = licensed("pat", 1);
        Caller admin = admin();
        List<Callable<Object>> calls = new ArrayList<>();
        for (User u : users("receiver", 6)) {
            calls.add(() -> f.portal.licenseAdministration().transfer(admin, pat.id(), u.id()));
        }
        List<String> outcomes = together(calls);
        assertEquals(1, count(outcomes).get("ok"), outcomes.toString());
        assertTrue(outcomes.stream().allMatch(o -> o.equals("ok") || o.equals("not_licensed")), outcomes.toString());
        assertEquals(new Seats(1, 0), seats("eco"));
        assertPoolConsistent();
    }

    @RepeatedTest(3)
    void manyLicences_transferredToOneUserAtOnce_onlyOneArrives() throws Exception {
        buy("eco", 5);
        List<User> holders = users("holder", 5);
        for (User h : holders) {
            f.portal.licenseAdministration().assign(admin(), h.id(), "eco");
        }
        User sam = user("sam");
        Caller admin = admin();
        List<Callable<Object>> calls = new ArrayList<>();
        for (User h : holders) {
            calls.add(() -> f.portal.licenseAdministration().transfer(admin, h.id(), sam.id()));
        }
        List<String> outcomes = together(calls);
        assertEquals(Map.of("ok", 1, "already_licensed", 4), count(outcomes), outcomes.toString());
        assertEquals(new Seats(5, 0), seats("eco"));
        assertPoolConsistent();
    }

    @RepeatedTest(3)
    void oneLicence_removedManyTimesAtOnce_goesBackOnce() throws Exception {
        User pat = licensed("pat", 2);
        Caller admin = admin();
        List<String> outcomes = times(6, () -> f.portal.licenseAdministration().remove(admin, pat.id()));
        assertEquals(Map.of("ok", 6), count(outcomes), "removing is idempotent");
        assertEquals(new Seats(2, 2), seats("eco"), "given back once");
        assertEquals(1, f.eventTypesOf(pat).stream().filter("license.removed"::equals).count());
        assertPoolConsistent();
    }

    @RepeatedTest(3)
    void removalsFromTheAccountAtOnce_neverTakeMoreThanAreFree() throws Exception {
        licensed("pat", 10);
        Caller admin = admin();
        List<String> outcomes = times(6, () -> f.portal.purchasing().removeFromAccount(admin, "eco", 2));
        assertEquals(Map.of("ok", 4, "not_enough_free_licenses", 2), count(outcomes), outcomes.toString());
        assertEquals(new Seats(2, 1), seats("eco"));
        assertPoolConsistent();
    }

    @RepeatedTest(3)
    void oneQuote_paidManyTimesAtOnce_isChargedOnce() throws Exception {
        User pat = licensed("pat", 1);
        Quote quote = f.portal.upgrades().quote(admin(), pat.id(), "pro");
        Caller admin = admin();
        List<String> outcomes = times(6, () -> f.portal.upgrades().pay(admin, pat.id(), quote.id()));
        assertEquals(1, count(outcomes).get("ok"), outcomes.toString());
        assertTrue(outcomes.stream().allMatch(o -> o.equals("ok") || o.startsWith("quote_")), outcomes.toString());
        assertEquals(1, f.portal.purchasing().orders(admin(), Optional.empty()).orders().stream()
                .filter(o -> o.kind() == Order.Kind.UPGRADE).count());
        assertEquals(new Seats(1, 0), seats("pro"));
        assertPoolConsistent();
    }
}
