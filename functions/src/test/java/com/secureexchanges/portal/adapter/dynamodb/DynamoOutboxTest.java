package com.secureexchanges.portal.adapter.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Dispatcher;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.RecordingMailSender;
import com.secureexchanges.portal.wiring.Portal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The transactional outbox on DynamoDB Local: the message is written with its decision and never in clear,
 * a request whose write fails writes none, the stream hands it to the sender once, and a failing SMS
 * provider delays the code without spoiling the challenge.
 */
class DynamoOutboxTest {

    private final DynamoFixture db = new DynamoFixture();
    private final CoreFixture f = db.core();

    private List<Map<String, AttributeValue>> deliveries() {
        return db.dynamo.scan(r -> r.tableName(db.tables.auth()).consistentRead(true)).items().stream()
                .filter(i -> i.get("pk").s().startsWith(Tables.DELIVERY_PREFIX)).toList();
    }

    @Test
    void theSignInEmail_isWrittenWithTheRequest_sealed_andItsContentGoesOnceSent() {
        f.addUser("ada@example.com");
        String binding = f.requestLink("ada@example.com");
        List<Map<String, AttributeValue>> items = deliveries();
        assertEquals(1, items.size(), "written by the request's transaction");
        String token = f.tokens.lastToken();
        String everything = items.getFirst().toString() + new String(items.getFirst().get("sealed").b().asByteArray(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(everything.contains(token), "the link's token is not stored in clear");
        assertFalse(everything.contains("ada@example.com"), "nor the address");
        assertFalse(everything.contains("redeem"), "nor any of the text");

        f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        Map<String, AttributeValue> sent = deliveries().getFirst();
        assertEquals("sent", sent.get("state").s());
        assertFalse(sent.containsKey("sealed"), "once sent, the sealed content is gone");
    }

    @Test
    void aRequestWhoseWriteFails_writesNoEmail() {
        f.addUser("ada@example.com");
        CoreFixture.Solved captcha = f.captcha();
        LoginRequest request = new LoginRequest(EmailAddress.parse("ada@example.com"), captcha.id(), captcha.answer());
        f.login.requestLink(request, CoreFixture.BROWSER);
        f.login.requestLink(request, CoreFixture.BROWSER);
        assertEquals(1, deliveries().size(), "the captcha used again: its transaction failed, no second email");
        assertEquals(1, f.mail.sent().size());
    }

    @Test
    void runsRacingForOneDelivery_sendItOnce() throws Exception {
        f.addUser("ada@example.com");
        f.requestLink("ada@example.com");
        Map<String, AttributeValue> item = deliveries().getFirst();
        Delivery delivery = DeliveryItems.fromImage(item).orElseThrow();
        RecordingMailSender mail = new RecordingMailSender();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Dispatcher.Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Portal runner = f.sendingWith(mail, f.sms);
            outcomes.add(pool.submit(() -> runner.dispatcher().deliver(delivery)));
        }
        List<Dispatcher.Outcome> seen = new ArrayList<>();
        for (Future<Dispatcher.Outcome> outcome : outcomes) {
            seen.add(outcome.get());
        }
        pool.shutdown();
        assertEquals(1, seen.stream().filter(o -> o == Dispatcher.Outcome.SENT).count(), seen.toString());
        assertEquals(1, mail.sent().size());
    }

    @Test
    void anSmsProviderFailure_delaysTheCode_andTheChallengeStaysValid() {
        f.addTwoFactorUser("grace@example.com", "+15145550188");
        String binding = f.requestLink("grace@example.com");
        var redeemed = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(RedeemResult.Next.TWO_FACTOR, redeemed.next(), "answered without waiting for the SMS");
        boolean[] down = {true};
        Portal flaky = f.sendingWith(f.mail, sms -> {
            if (down[0]) {
                throw new DeliveryFailed("sms", new IllegalStateException("SNS unavailable"));
            }
            f.sms.send(sms);
        });
        assertEquals(0, flaky.deliveries().run());
        down[0] = false;
        assertEquals(1, flaky.deliveries().run(), "sent on the next run");
        String session = f.twoFactor.verifyLogin(Optional.of(redeemed.cookieValue()), f.sms.lastCode(),
                CoreFixture.BROWSER).cookieValue();
        assertTrue(session.length() > 20);
        assertEquals(1, f.sms.sent().size(), "one SMS, not two");
    }
}
