package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.delivery.DeliveryPump;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.wiring.Portal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps every SMS "sent", for assertions. */
public final class RecordingSmsSender implements SmsSender {

    private static final Pattern CODE = Pattern.compile(": ([0-9]{6})");
    private final List<OutgoingSms> sent = new ArrayList<>();

    private volatile Runnable drain = () -> { };

    /**
     * Before each read, has {@code portal} send what waits in its outbox (as the deliveries function
     * would have by then), so that a test reads what a person would have received.
     */
    public void drainFrom(Portal portal) {
        drain = () -> portal.deliveries().run();
    }

    /** Before each read, has {@code pump} send what waits (a feed other than the table's stream). */
    public void drainFrom(DeliveryPump pump) {
        drain = pump::run;
    }

    @Override
    public synchronized void send(OutgoingSms sms) {
        sent.add(sms);
    }

    public List<OutgoingSms> sent() {
        drain.run();
        synchronized (this) {
            return List.copyOf(sent);
        }
    }

    /** The code in the newest SMS. */
    public String lastCode() {
        Matcher m = CODE.matcher(sent().getLast().text());
        if (!m.find()) {
            throw new AssertionError("the last SMS holds no code");
        }
        return m.group(1);
    }
}
