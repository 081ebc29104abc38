package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.crypto.AesGcmSeal;
import com.secureexchanges.portal.core.delivery.DeliveryPolicy;
import com.secureexchanges.portal.core.delivery.DeliveryPump;
import com.secureexchanges.portal.core.delivery.Dispatcher;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.port.Seal;

/**
 * The outbox's parts, built on first use: where requests hand their messages ({@link #mailroom}), and
 * what sends them (the deliveries function's {@link #dispatcher}; the local portal's {@link #pump}).
 */
final class PostOffice {

    private final Lazy<Seal> seal;
    private final Lazy<Mailroom> mailroom;
    private final Lazy<Dispatcher> dispatcher;
    private final Lazy<DeliveryPump> pump;

    PostOffice(Portal.Environment env) {
        Stores stores = env.stores();
        seal = Lazy.of(() -> new AesGcmSeal(env.hasher()));
        mailroom = Lazy.of(() -> new Mailroom(seal.get(), env.tokens(), env.clock(), stores.deliveries()));
        dispatcher = Lazy.of(() -> new Dispatcher(stores.deliveries(), seal.get(), env.mail(), env.sms(),
                DeliveryPolicy.DEFAULT, env.clock(), Dispatcher::sleep));
        pump = Lazy.of(() -> new DeliveryPump(stores.deliveryFeed(), dispatcher.get(), DeliveryPolicy.DEFAULT));
    }

    Mailroom mailroom() {
        return mailroom.get();
    }

    Dispatcher dispatcher() {
        return dispatcher.get();
    }

    DeliveryPump pump() {
        return pump.get();
    }
}
