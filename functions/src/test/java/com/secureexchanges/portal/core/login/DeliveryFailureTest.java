package com.secureexchanges.portal.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provider outage must neither answer differently for known addresses nor lose the sign-in. */
class DeliveryFailureTest {

    @Test
    void aFailedEmail_answersLikeAnyOtherRequest_andTheNextOneGoesOut() {
        CoreFixture f = new CoreFixture();
        f.addUser("ada@example.com");
        MailSender original = f.mail;
        boolean[] down = {true};
        LoginService flaky = f.loginWith(email -> {
            if (down[0]) {
                throw new DeliveryFailed("email", new IllegalStateException("provider down"));
            }
            original.send(email);
        });
        CoreFixture.Solved c = f.captcha();
        String binding = flaky.requestLink(new LoginRequest(com.secureexchanges.portal.core.model.EmailAddress
                .parse("ada@example.com"), c.id(), c.answer()), CoreFixture.BROWSER);
        assertEquals(43, binding.length());
        assertEquals(0, f.mail.sent().size());

        down[0] = false;
        f.clock.advance(Duration.ofSeconds(30));
        CoreFixture.Solved again = f.captcha();
        String second = flaky.requestLink(new LoginRequest(com.secureexchanges.portal.core.model.EmailAddress
                .parse("ada@example.com"), again.id(), again.answer()), CoreFixture.BROWSER);
        f.redemption.redeem(f.mail.lastToken(), Optional.of(second), CoreFixture.BROWSER);
    }
}
