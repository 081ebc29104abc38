package com.secureexchanges.portal.core.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.crypto.AesGcmSeal;
import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.Seal;
import com.secureexchanges.portal.testing.InMemoryDeliveries;
import com.secureexchanges.portal.testing.MutableClock;
import com.secureexchanges.portal.testing.RecordingMailSender;
import com.secureexchanges.portal.testing.RecordingSmsSender;
import com.secureexchanges.portal.testing.RecordingTokenGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outbox's sending side over memory: at most one send per delivery, retries with growing pauses on
 * passing failures, nothing retried that the provider refused for good, unreadable deliveries given up,
 * and one bad delivery never holding up the others.
 */
class DispatcherTest {

    private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");
    private final InMemoryDeliveries ledger = new InMemoryDeliveries();
    private final Seal seal = new AesGcmSeal(new HmacSecretHasher(HmacKeys.parse(HmacKeys.generate())));
    private final Mailroom mailroom = new Mailroom(seal, new RecordingTokenGenerator(), clock, ledger);
    private final RecordingMailSender mail = new RecordingMailSender();
    private final RecordingSmsSender sms = new RecordingSmsSender();
    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private Dispatcher dispatcher() {
        return new Dispatcher(ledger, seal, () -> email -> {
            if (!failures.isEmpty()) {
                String next = failures.removeFirst();
                throw next.equals("rejected") ? DeliveryFailed.rejected("email", new IllegalStateException(next))
                        : new DeliveryFailed("email", new IllegalStateException(next));
            }
            mail.send(email);
        }, () -> sms, DeliveryPolicy.DEFAULT, clock, pauses::add);
    }

    private Delivery posted(String to) {
        Delivery d = mailroom.wrap(OutgoingEmail.paragraphs(new EmailAddress(to), Language.EN, "Hello",
                List.of("Your link: https://portal.example.test/login/redeem#t=secret")));
        ledger.enqueue(List.of(d));
        return d;
    }

    @Test
    void aDelivery_isSentOnce_evenWhenHandedOverTwice() {
        Delivery d = posted("ada@example.com");
        assertEquals(Dispatcher.Outcome.SENT, dispatcher().deliver(d));
        assertEquals(Dispatcher.Outcome.ALREADY_DONE, dispatcher().deliver(d));
        assertEquals(1, mail.sent().size());
        assertEquals("ada@example.com", mail.sent().getFirst().to().value());
        assertEquals("sent", ledger.state(d.id()));
    }

    @Test
    void throttlingThenRecovery_deliversOnce_afterGrowingPauses() {
        Delivery d = posted("ada@example.com");
        failures.addAll(List.of("throttled", "throttled"));
        assertEquals(Dispatcher.Outcome.SENT, dispatcher().deliver(d));
        assertEquals(1, mail.sent().size());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), pauses);
    }

    @Test
    void aProviderStillFailing_leavesItWaiting_forALaterRun() {
        Delivery d = posted("ada@example.com");
        failures.addAll(List.of("down", "down", "down"));
        assertEquals(Dispatcher.Outcome.RETRY, dispatcher().deliver(d));
        assertEquals("waiting", ledger.state(d.id()));
        assertEquals(Dispatcher.Outcome.SENT, dispatcher().deliver(d));
        assertEquals(1, mail.sent().size());
    }

    @Test
    void aRefusalForGood_isNotRetried() {
        Delivery d = posted("ada@example.com");
        failures.add("rejected");
        assertEquals(Dispatcher.Outcome.FAILED, dispatcher().deliver(d));
        assertEquals(List.of(), pauses);
        assertEquals("failed", ledger.state(d.id()));
        assertEquals(Dispatcher.Outcome.FAILED, dispatcher().deliver(d), "handed over again: still given up");
        assertEquals(0, mail.sent().size());
    }

    @Test
    void aPoisonDelivery_goesToTheDeadLetters_andTheOthersKeepFlowing() {
        Delivery first = posted("first@example.com");
        Delivery poison = new Delivery("poison", Delivery.Channel.EMAIL, new byte[] {1, 2, 3, 4}, clock.instant());
        ledger.enqueue(List.of(poison));
        Delivery second = posted("second@example.com");
        DeliveryPump pump = new DeliveryPump(ledger, dispatcher(), DeliveryPolicy.DEFAULT);
        assertEquals(2, pump.run());
        assertEquals(List.of("first@example.com", "second@example.com"),
                mail.sent().stream().map(e -> e.to().value()).toList());
        assertEquals(List.of("poison"), pump.deadLetters());
        assertEquals("failed", ledger.state(poison.id()));
        assertEquals("sent", ledger.state(first.id()));
        assertEquals("sent", ledger.state(second.id()));
    }

    @Test
    void whatKeepsFailing_isHandedOverAFewTimes_thenDeadLettered() {
        Delivery d = posted("ada@example.com");
        for (int i = 0; i < 9; i++) {
            failures.add("down");
        }
        DeliveryPump pump = new DeliveryPump(ledger, dispatcher(), DeliveryPolicy.DEFAULT);
        pump.run();
        pump.run();
        assertEquals(List.of(), pump.deadLetters());
        pump.run();
        assertEquals(List.of(d.id()), pump.deadLetters());
        assertEquals(0, pump.run(), "not handed over again");
    }

    @Test
    void anSms_goesToTheSmsProvider() {
        Delivery d = mailroom.wrap(new OutgoingSms(new PhoneNumber("+15145550123"), "Secure Exchanges: 123456"));
        ledger.enqueue(List.of(d));
        assertEquals(Delivery.Channel.SMS, d.channel());
        assertEquals(Dispatcher.Outcome.SENT, dispatcher().deliver(d));
        assertEquals("123456", sms.lastCode());
        assertEquals(0, mail.sent().size());
    }

    @Test
    void aSealedDelivery_holdsNoTextInClear_andAChangedByteIsRefused() {
        Delivery d = posted("ada@example.com");
        String stored = new String(d.sealed(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!stored.contains("secret") && !stored.contains("ada@") && !stored.contains("Hello"));
        byte[] changed = d.sealed();
        changed[changed.length - 1] ^= 1;
        assertTrue(seal.open(changed).isEmpty());
        assertTrue(seal.open(d.sealed()).isPresent());
        assertTrue(Instant.EPOCH.isBefore(d.createdAt()));
    }
}
