package com.secureexchanges.portal.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SPEC L5, L7 and the review's lock-out (issue 11, item 2): requests for an address from other
 * browsers and networks must not kill the link its owner asked for, nor use up the owner's budget. A
 * subclass runs the same over DynamoDB Local.
 */
class LinkLockoutTest {

    private static final String ADA = "ada@example.com";
    private static final ClientInfo HOME = CoreFixture.BROWSER;
    private static final ClientInfo STRANGER = client("198.51.100.23");
    /** Another browser behind the owner's own address (a shared office or home router). */
    private static final ClientInfo NEIGHBOUR = client(HOME.ip());

    final CoreFixture f = fixture();

    CoreFixture fixture() {
        return new CoreFixture();
    }

    private static ClientInfo client(String ip) {
        return new ClientInfo(ip, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
                "en", "req-2");
    }

    /** A browser: the binding cookie it holds after each request, as a real one keeps it. */
    private final class Browser {
        private final ClientInfo client;
        private Optional<String> cookie = Optional.empty();
        private String token;

        Browser(ClientInfo client) {
            this.client = client;
        }

        /** Asks for a link; true when an email went out. */
        boolean ask() {
            int before = f.mail.sent().size();
            cookie = Optional.of(f.requestLink(ADA, cookie, client));
            boolean sent = f.mail.sent().size() > before;
            if (sent) {
                token = f.mail.lastToken();
            }
            return sent;
        }

        RedeemResult.Next useLink() {
            return f.redemption.redeem(token, cookie, client).next();
        }

        void linkFails() {
            assertThrows(LinkInvalid.class, this::useLink);
        }
    }

    private void wait(int seconds) {
        f.clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void theReviewersAttack_leavesTheOwnersLinkWorking() {
        f.addUser(ADA);
        Browser owner = new Browser(HOME);
        assertEquals(true, owner.ask());
        Browser attacker = new Browser(STRANGER);
        for (int i = 0; i < 4; i++) {
            wait(31);
            attacker.ask();
        }
        for (int i = 0; i < 4; i++) {
            wait(31);
            new Browser(STRANGER).ask();
        }
        assertEquals(RedeemResult.Next.PORTAL, owner.useLink(), "the owner signs in with the link asked for first");
    }

    @Test
    void theReviewersAttack_leavesTheOwnerABudgetToAskAgain() {
        f.addUser(ADA);
        Browser owner = new Browser(HOME);
        owner.ask();
        for (int i = 0; i < 8; i++) {
            wait(31);
            new Browser(STRANGER).ask();
        }
        wait(31);
        assertEquals(true, owner.ask(), "the stranger's network used up only its own share of the hour");
        assertEquals(RedeemResult.Next.PORTAL, owner.useLink());
    }

    @Test
    void aStrangerOnTheOwnersNetwork_cannotKillTheLinkAskedForFirst() {
        f.addUser(ADA);
        Browser owner = new Browser(HOME);
        owner.ask();
        for (int i = 0; i < 4; i++) {
            wait(31);
            new Browser(NEIGHBOUR).ask();
        }
        assertEquals(RedeemResult.Next.PORTAL, owner.useLink());
    }

    @Test
    void aBrowsersNewRequest_replacesOnlyItsOwnLink() {
        f.addUser(ADA);
        Browser laptop = new Browser(HOME);
        Browser phone = new Browser(STRANGER);
        laptop.ask();
        String firstToken = laptop.token;
        phone.ask();
        wait(31);
        laptop.ask();
        assertThrows(LinkInvalid.class, () -> f.redemption.redeem(firstToken, laptop.cookie, HOME),
                "the laptop's first link was replaced by its second");
        assertEquals(RedeemResult.Next.PORTAL, phone.useLink());
        assertEquals(RedeemResult.Next.PORTAL, laptop.useLink());
    }

    @Test
    void atMostThreeLinksLive_aFourthBrowserReplacesTheNewest() {
        f.addUser(ADA);
        Browser first = new Browser(client("192.0.2.1"));
        Browser second = new Browser(client("192.0.2.2"));
        Browser third = new Browser(client("192.0.2.3"));
        Browser fourth = new Browser(client("192.0.2.4"));
        for (Browser b : new Browser[] {first, second, third, fourth}) {
            assertEquals(true, b.ask());
        }
        third.linkFails();
        assertEquals(RedeemResult.Next.PORTAL, first.useLink());
        assertEquals(RedeemResult.Next.PORTAL, second.useLink());
        assertEquals(RedeemResult.Next.PORTAL, fourth.useLink());
    }

    @Test
    void oneBrowserGetsOneEmailPer30Seconds_otherBrowsersAreNotHeldBack() {
        f.addUser(ADA);
        Browser owner = new Browser(HOME);
        owner.ask();
        wait(29);
        assertEquals(false, owner.ask(), "30 s spacing per address and browser");
        assertEquals(true, new Browser(STRANGER).ask());
        wait(1);
        assertEquals(true, owner.ask());
    }

    @Test
    void oneNetworkGetsFiveEmailsAnHour_allNetworksTwenty() {
        f.addUser(ADA);
        int sent = 0;
        for (int i = 0; i < 6; i++) {
            sent += new Browser(STRANGER).ask() ? 1 : 0;
        }
        assertEquals(5, sent, "five per address and network");
        for (String ip : new String[] {"192.0.2.1", "192.0.2.2", "192.0.2.3"}) {
            for (int i = 0; i < 5; i++) {
                sent += new Browser(client(ip)).ask() ? 1 : 0;
            }
        }
        assertEquals(20, sent);
        assertEquals(false, new Browser(HOME).ask(), "twenty per address from all networks");
        f.clock.advance(Duration.ofHours(1));
        assertEquals(true, new Browser(HOME).ask(), "a new hour, a new allowance");
    }

    @Test
    void anAddressWithoutAnAccount_isCountedTheSameWay() {
        int before = f.mail.sent().size();
        for (int i = 0; i < 6; i++) {
            new Browser(STRANGER).ask();
        }
        String key = f.hasher.hash("address", ADA);
        var throttle = f.loginStore.read(key, com.secureexchanges.portal.core.model.EmailAddress.parse(ADA)).throttle();
        assertEquals(5, throttle.windowCount());
        assertEquals(3, throttle.slots().size());
        assertEquals(0, throttle.liveLinks().size());
        assertEquals(before, f.mail.sent().size());
    }
}
