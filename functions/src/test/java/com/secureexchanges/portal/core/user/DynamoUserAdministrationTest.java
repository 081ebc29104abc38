package com.secureexchanges.portal.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/** The same, through the DynamoDB stores, and the race the account's counter exists for. */
class DynamoUserAdministrationTest extends UserAdministrationTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }

    /** SPEC U3: two administrators demoting each other at the same moment: exactly one of them wins. */
    @RepeatedTest(3)
    void twoAdministratorsDemotingEachOther_leaveOneAdministrator() throws Exception {
        User second = f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("second@one.test"),
                Profile.of("Sec", "Ond", Language.EN), Role.ADMINISTRATOR, Optional.empty()));
        Caller other = f.caller(f.signIn("second@one.test"));
        UserEdit demote = new UserEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Role.STANDARD));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Boolean> a = pool.submit(() -> demote(start, admin, second.id(), demote));
        Future<Boolean> b = pool.submit(() -> demote(start, other, admin.user().id(), demote));
        start.countDown();
        int wins = (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
        pool.shutdown();
        assertEquals(1, wins);
        long administrators = f.users.page(CoreFixture.ACCOUNT, new UserQuery(Optional.empty(), UserQuery.Sort.NAME,
                Optional.empty(), 50)).users().stream()
                .map(u -> f.reload(u)).filter(User::activeAdministrator).count();
        assertEquals(1, administrators);
    }

    private boolean demote(CountDownLatch start, Caller caller, String target, UserEdit demote) throws Exception {
        start.await();
        try {
            f.portal.userAdministration().edit(caller, target, demote);
            return true;
        } catch (Conflict lost) {
            return false;
        }
    }
}
