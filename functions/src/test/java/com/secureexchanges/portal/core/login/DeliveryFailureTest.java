package com.secureexchanges.portal.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.wiring.Portal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A provider outage must neither answer differently for known addresses nor lose the sign-in: the
 * email waits in the outbox and goes out, once, when the provider is back.
 */
class DeliveryFailureTest {

    @Test
    void anEmailThatFails_waits_andGoesOutOnceWhenTheProviderIsBack() {
        CoreFixture f = new CoreFixture();
        f.addUser("ada@example.com");
        MailSender original = f.mail;
        int[] calls = {0};
        boolean[] down = {true};
        Portal flaky = f.sendingWith(email -> {
            calls[0]++;
            if (down[0]) {
                throw new DeliveryFailed("email", new IllegalStateException("provider throttling"));
            }
            original.send(email);
        }, f.sms);
        CoreFixture.Solved c = f.captcha();
        String binding = f.login.requestLink(new LoginRequest(EmailAddress.parse("ada@example.com"), c.id(),
                c.answer()), CoreFixture.BROWSER);
        assertEquals(43, binding.length());

        assertEquals(0, flaky.deliveries().run(), "the provider is down: nothing went out");
        assertEquals(3, calls[0], "each run tries three times");
        down[0] = false;
        assertEquals(1, flaky.deliveries().run(), "the next run sends it");
        assertEquals(0, flaky.deliveries().run(), "and never again");
        assertEquals(4, calls[0]);

        f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(1, f.mail.sent().size());
    }
}
