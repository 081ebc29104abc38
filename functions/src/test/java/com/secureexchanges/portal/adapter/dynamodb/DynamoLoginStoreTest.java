package com.secureexchanges.portal.adapter.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.ChainRef;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.AddressThrottle;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.Grant;
import com.secureexchanges.portal.core.login.LinkSlot;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.login.LoginAttempt.AddressUpdate;
import com.secureexchanges.portal.core.login.LoginAttempt.UsedCaptcha;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.login.PendingLink;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import com.secureexchanges.portal.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The condition expressions of the sign-in store, proven against the real engine. */
class DynamoLoginStoreTest {

    private static final Instant NOW = MutableClock.aheadOfNow().instant();
    private static final EmailAddress ADA = new EmailAddress("ada@example.com");

    private final DynamoFixture db = new DynamoFixture();
    private final DynamoLoginStore store = new DynamoLoginStore(db.dynamo, db.tables);
    private final DynamoUserDirectory users = new DynamoUserDirectory(db.dynamo, db.tables);

    DynamoLoginStoreTest() {
        new DynamoAccountStore(db.dynamo, db.tables).create(new Account("acct", "Acme", NOW, true),
                new User("boss", "acct", new EmailAddress("boss@example.com"), Profile.of("B", "Oss", Language.EN),
                        Role.ADMINISTRATOR, true, Security.NONE));
    }

    /** No events: the head stays where a new user's is. */
    private static final Appendix NO_EVENTS = new Appendix(new ChainRef(new UserKey("acct", "u1"), ADA),
            ChainHead.GENESIS, List.of(), ChainHead.GENESIS);

    private static LoginAttempt attempt(RateWindow ip, Optional<UsedCaptcha> captcha, Optional<AddressUpdate> address,
                                        Optional<PendingLink> link) {
        return new LoginAttempt(ip, captcha, address, link, Optional.empty(), 0);
    }

    private static RateWindow ip(int limit) {
        return RateWindow.fixed("login-ip", "iphash", limit, Duration.ofMinutes(10), NOW);
    }

    private static PendingLink link(String hash, String userId) {
        return new PendingLink(hash, "addr", userId, "acct", ADA, "bind", NOW.plusSeconds(900), Optional.empty(),
                Optional.empty(), Language.EN, 1, ChainHead.GENESIS, false);
    }

    private static AddressUpdate update(long expected, Optional<String> link, Optional<String> supersedes) {
        List<LinkSlot> before = supersedes.map(old -> List.of(new LinkSlot(Optional.of(old), "bind-" + old, "net",
                NOW.minusSeconds(60)))).orElse(List.of());
        AddressThrottle base = expected == 0 ? AddressThrottle.NONE
                : new AddressThrottle(expected, NOW, 1, Map.of("net", 1), before, 0);
        AddressThrottle next = base.afterSend(LoginPolicy.DEFAULT, Optional.empty(),
                new LinkSlot(link, "bind", "net", NOW)).next();
        return new AddressUpdate("addr", expected, next, next.purgeAt(Duration.ofMinutes(15)), supersedes);
    }

    private User ada(boolean active) {
        return new User("u1", "acct", ADA, Profile.of("Ada", "Lovelace", Language.FR), Role.ADMINISTRATOR, active,
                Security.NONE);
    }

    @Test
    void read_findsTheOwnerAndThrottle_inOneBatch() {
        assertTrue(users.create(ada(true)));
        assertTrue(store.read("addr", ADA).owner().isPresent());
        assertEquals(Language.FR, store.read("addr", ADA).owner().get().language());
        assertEquals(AddressThrottle.NONE, store.read("addr", ADA).throttle());
        AddressUpdate first = update(0, Optional.of("h1"), Optional.empty());
        assertEquals(CommitOutcome.RECORDED, store.commit(attempt(ip(20), Optional.empty(), Optional.of(first),
                Optional.of(link("h1", "u1")))));
        AddressThrottle stored = store.read("addr", ADA).throttle();
        assertEquals(first.next(), stored, "counts per network and the live links come back as written");
        assertEquals(Set.of("h1"), stored.liveLinks());
        assertTrue(store.read("addr", new EmailAddress("nobody@example.com")).owner().isEmpty());
    }

    @Test
    void commit_recordsACaptchaOnce() {
        LoginAttempt attempt = attempt(ip(20), Optional.of(new UsedCaptcha("nonce", NOW.plusSeconds(600))),
                Optional.empty(), Optional.empty());
        assertEquals(CommitOutcome.RECORDED, store.commit(attempt));
        assertEquals(CommitOutcome.CAPTCHA_REUSED, store.commit(attempt));
    }

    @Test
    void commit_refusesWhenTheIpWindowIsFull_andWritesNothing() {
        LoginAttempt ipOnly = attempt(ip(2), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(CommitOutcome.RECORDED, store.commit(ipOnly));
        assertEquals(CommitOutcome.RECORDED, store.commit(ipOnly));
        int before = db.count(db.tables.auth());
        assertEquals(CommitOutcome.IP_LIMITED, store.commit(attempt(ip(2),
                Optional.of(new UsedCaptcha("n2", NOW.plusSeconds(600))), Optional.empty(), Optional.empty())));
        assertEquals(before, db.count(db.tables.auth()), "the captcha was not recorded either");
    }

    @Test
    void commit_detectsARaceOnTheAddress_byVersion() {
        assertEquals(CommitOutcome.RECORDED, store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(0, Optional.empty(), Optional.empty())), Optional.empty())));
        assertEquals(CommitOutcome.ADDRESS_RACE, store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(0, Optional.empty(), Optional.empty())), Optional.empty())));
        assertEquals(CommitOutcome.RECORDED, store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(1, Optional.empty(), Optional.empty())), Optional.empty())));
    }

    @Test
    void commit_deletesTheSupersededLink() {
        users.create(ada(true));
        store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(0, Optional.of("h1"), Optional.empty())), Optional.of(link("h1", "u1"))));
        store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(1, Optional.of("h2"), Optional.of("h1"))), Optional.of(link("h2", "u1"))));
        assertTrue(store.findLink("h1").isEmpty());
        assertTrue(store.findLink("h2").isPresent());
    }

    @Test
    void redeem_marksTheLinkUsed_andStoresTheSession_once() {
        users.create(ada(true));
        store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(0, Optional.of("h1"), Optional.empty())), Optional.of(link("h1", "u1"))));
        store.redeem(link("h1", "u1"), grant("s1"), NO_EVENTS);
        assertTrue(store.findLink("h1").orElseThrow().usedAt().isPresent());
        assertEquals(1, db.count(db.tables.sessions()));
        LinkInvalid again = assertThrows(LinkInvalid.class, () -> store.redeem(link("h1", "u1"), grant("s2"), NO_EVENTS));
        assertEquals(LinkInvalid.Reason.USED, again.reason());
        assertEquals(1, db.count(db.tables.sessions()));
    }

    @Test
    void redeem_refusesASupersededLink_andASuspendedUser() {
        users.create(ada(false));
        store.commit(attempt(ip(20), Optional.empty(),
                Optional.of(update(0, Optional.of("h2"), Optional.empty())), Optional.of(link("h2", "u1"))));
        store.commit(attempt(ip(20), Optional.empty(), Optional.empty(), Optional.of(link("h1", "u1"))));
        assertEquals(LinkInvalid.Reason.SUPERSEDED,
                assertThrows(LinkInvalid.class, () -> store.redeem(link("h1", "u1"), grant("s1"), NO_EVENTS)).reason());
        assertEquals(LinkInvalid.Reason.ACCOUNT_CHANGED,
                assertThrows(LinkInvalid.class, () -> store.redeem(link("h2", "u1"), grant("s1"), NO_EVENTS)).reason());
        assertEquals(0, db.count(db.tables.sessions()));
    }

    /** SPEC L6: concurrent redeems of one token, through the whole service: exactly one session. */
    @Test
    void twentyConcurrentRedeemsOfOneLink_openExactlyOneSession() throws Exception {
        CoreFixture f = db.core();
        f.addUser("grace@example.com");
        String binding = f.requestLink("grace@example.com");
        String token = f.mail.lastToken();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Boolean> redeem = () -> {
                start.await();
                try {
                    f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER);
                    return true;
                } catch (LinkInvalid lost) {
                    return false;
                }
            };
            results.add(pool.submit(redeem));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> r : results) {
            wins += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, wins);
        assertEquals(1, db.count(db.tables.sessions()));
    }

    private static Grant grant(String idHash) {
        return new Grant.SessionGrant(session(idHash));
    }

    private static Session session(String idHash) {
        return new Session(idHash, "u1", "acct", NOW, NOW, NOW.plusSeconds(43_200), "Chrome on Linux");
    }

    @Test
    void findLink_isEmptyForUnknownHashes() {
        assertFalse(store.findLink("nope").isPresent());
    }
}
