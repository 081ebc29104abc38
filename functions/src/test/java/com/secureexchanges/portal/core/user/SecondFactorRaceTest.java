package com.secureexchanges.portal.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.InMemoryStores;
import com.secureexchanges.portal.wiring.Stores;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Review of the change, finding 4: an administrator's change of a second factor was judged (recent
 * login, notices) on the user as first read, but written over what a concurrent write left (on DynamoDB
 * the chain head moved too, and the edit was decided again). It is now refused as a concurrent change.
 */
class SecondFactorRaceTest {

    static final PhoneNumber GIVEN = new PhoneNumber("+15145550111");
    static final PhoneNumber OTHER = new PhoneNumber("+15145550199");

    /** A directory whose next update lets another write land first. */
    static final class Interleaving implements UserDirectory {
        final UserDirectory d;
        Runnable beforeUpdate;

        Interleaving(UserDirectory d) {
            this.d = d;
        }

        @Override
        public Optional<User> find(UserKey key) {
            return d.find(key);
        }

        @Override
        public Optional<Member> member(UserKey key) {
            return d.member(key);
        }

        @Override
        public Optional<Member> member(UserKey key, Optional<String> subjectId) {
            return d.member(key, subjectId);
        }

        @Override
        public UserPage page(String accountId, UserQuery query) {
            return d.page(accountId, query);
        }

        @Override
        public boolean create(User user, Appendix journal) {
            return d.create(user, journal);
        }

        @Override
        public boolean delete(User expected, Appendix journal) {
            return d.delete(expected, journal);
        }

        @Override
        public boolean update(User expected, User changed, Appendix journal) {
            Runnable hook = beforeUpdate;
            beforeUpdate = null;
            if (hook != null) {
                hook.run();
            }
            return d.update(expected, changed, journal);
        }
    }

    @Test
    void inMemory() {
        InMemoryStores mem = new InMemoryStores();
        Interleaving users = new Interleaving(mem.directory);
        attack(new CoreFixture(new Stores(mem.login, mem.sessions, mem.challenges, mem.challenges, users,
                mem.directory, mem.directory, mem.limiter, mem.domains, mem.imports, mem.licenses, mem.licenses,
                mem.licenses, mem.signups, mem.directory.deliveries, mem.directory.deliveries), LoginPolicy.DEFAULT, mem.sessions::size),
                users);
    }

    @Test
    void onDynamo() {
        DynamoFixture dynamo = new DynamoFixture();
        Stores base = dynamo.stores();
        Interleaving users = new Interleaving(base.users());
        attack(new CoreFixture(new Stores(base.login(), base.sessions(), base.challenges(), base.completion(), users,
                base.accounts(), base.events(), base.limiter(), base.domains(), base.imports(), base.licenses(),
                base.orders(), base.quotes(), base.signups(), base.deliveries(), base.deliveryFeed()),
                LoginPolicy.DEFAULT,
                () -> dynamo.count(dynamo.tables.sessions())), users);
    }

    private static void attack(CoreFixture f, Interleaving users) {
        Caller admin = f.caller(f.signIn("admin@account-1.test"));
        User pat = f.portal.userAdministration().add(admin, new NewUser(new EmailAddress("pat@gmail.com"),
                Profile.of("Pat", "Person", Language.EN), Role.STANDARD, Optional.empty()));
        f.portal.userAdministration().edit(admin, pat.id(), new UserEdit(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true), false,
                Optional.of(Optional.of(GIVEN))));
        f.clock.advance(Duration.ofMinutes(2));
        Caller fresh = f.caller(f.signIn("admin@account-1.test"));
        String binding = f.requestLink("pat@gmail.com");
        RedeemResult setup = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        f.secondFactor.enable(f.caller(setup.cookieValue()), GIVEN);
        String code = f.sms.lastCode();

        users.beforeUpdate = () -> f.secondFactor.confirm(f.caller(setup.cookieValue()), code);
        assertThrows(Conflict.class, () -> f.portal.userAdministration().edit(fresh, pat.id(), new UserEdit(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.of(Optional.of(OTHER)))));
        User now = f.reload(pat);
        assertTrue(now.security().twoFactor(), "Pat's proof stands");
        assertEquals(Optional.of(GIVEN), now.security().verifiedMobile());
    }
}
