package com.secureexchanges.portal.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.adapter.crypto.AesGcmSeal;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.handler.CaptchaHandler;
import com.secureexchanges.portal.handler.DeliveriesHandler;
import com.secureexchanges.portal.handler.DomainsHandler;
import com.secureexchanges.portal.handler.RequestLoginHandler;
import com.secureexchanges.portal.handler.TwoFactorHandler;
import com.secureexchanges.portal.testing.InMemoryStores;
import com.secureexchanges.portal.testing.MutableClock;
import com.secureexchanges.portal.testing.RecordingTokenGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The composition root is lazy: a function builds only what its routes use (its senders included). */
class PortalTest {

    private final List<String> built = new ArrayList<>();

    private Portal portal() {
        AppConfig config = AppConfig.local(Map.of(), "https://portal.example.test", TableNames.prefixed("lazy-"));
        return Portal.of(new Portal.Environment(config, MutableClock.aheadOfNow(), new InMemoryStores().stores(),
                () -> {
                    built.add("mail");
                    return (MailSender) email -> { };
                }, () -> {
                    built.add("sms");
                    return (SmsSender) sms -> { };
                }, new HmacSecretHasher(HmacKeys.parse(HmacKeys.generate())), new RecordingTokenGenerator(),
                Optional.empty(), line -> { }));
    }

    @Test
    void noRequestFunction_buildsASender_onlyTheDeliveriesFunctionDoes_andOnlyWhatItSends() {
        new CaptchaHandler(portal());
        new RequestLoginHandler(portal());
        new TwoFactorHandler(portal());
        new DomainsHandler(portal());
        assertEquals(List.of(), built, "requests write their messages to the outbox");
        Portal portal = portal();
        new DeliveriesHandler(portal);
        assertEquals(List.of(), built, "built on first use");
        portal.stores().deliveries().enqueue(List.of(new Mailroom(new AesGcmSeal(portal.environment().hasher()),
                new RecordingTokenGenerator(), MutableClock.aheadOfNow(), portal.stores().deliveries())
                .wrap(new OutgoingSms(new PhoneNumber("+15145550123"), "code: 123456"))));
        assertEquals(1, portal.deliveries().run());
        assertEquals(List.of("sms"), built, "an SMS needs no mail client");
    }
}
