package com.secureexchanges.portal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/** The same through the DynamoDB stores, and the race the approval's condition exists for. */
class DynamoDomainAdministrationTest extends DomainAdministrationTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }

    /** Two accounts, each with its record published, verifying the same domain at the same moment: one wins. */
    @RepeatedTest(3)
    void twoAccountsVerifyingTogether_oneOfThemHoldsTheDomain() throws Exception {
        for (Caller caller : List.of(admin, other)) {
            DomainClaim claim = domains.add(caller, "race.ca").claim();
            dns.publish(claim.domain().recordName(), claim.recordValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<String> a = pool.submit(() -> verify(start, admin));
        Future<String> b = pool.submit(() -> verify(start, other));
        start.countDown();
        List<String> outcomes = List.of(a.get(), b.get());
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("verified"::equals).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter("domain_taken"::equals).count(), outcomes.toString());
        String winner = outcomes.get(0).equals("verified") ? CoreFixture.ACCOUNT : TWO;
        assertEquals(Optional.of(winner), f.portal.stores().domains().approvedBy("race.ca"));
        Caller loser = winner.equals(TWO) ? admin : other;
        assertEquals(DomainStatus.PENDING, domains.list(loser).getFirst().status());
    }

    private String verify(CountDownLatch start, Caller caller) throws InterruptedException {
        start.await();
        try {
            return domains.verify(caller, "race.ca").status().id();
        } catch (PortalException refused) {
            return refused.id();
        }
    }
}
