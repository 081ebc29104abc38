package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.delivery.DeliveryPump;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.wiring.Portal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps every email "sent", for assertions. */
public final class RecordingMailSender implements MailSender {

    private static final Pattern TOKEN = Pattern.compile("#t=([A-Za-z0-9_-]{43})");
    private final List<OutgoingEmail> sent = new ArrayList<>();

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
    public synchronized void send(OutgoingEmail email) {
        sent.add(email);
    }

    public List<OutgoingEmail> sent() {
        drain.run();
        synchronized (this) {
            return List.copyOf(sent);
        }
    }

    /** The link token of the newest email sent. */
    public String lastToken() {
        Matcher m = TOKEN.matcher(sent().getLast().text());
        if (!m.find()) {
            throw new AssertionError("the last email has no sign-in link");
        }
        return m.group(1);
    }
}
