package com.secureexchanges.portal.adapter.outbox;

import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.SmsSender;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local portal's mail and SMS sink (SPEC D1). Local mode only: the Lambda wiring never builds
 * one. Thread-safe; newest message first.
 */
public final class Outbox implements MailSender, SmsSender {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private final Clock clock;
    private final List<OutboxMessage> messages = new ArrayList<>();

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void send(OutgoingEmail email) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(email.text());
        while (m.find()) {
            links.add(m.group());
        }
        messages.addFirst(new OutboxMessage("email", email.to().value(), email.subject(), email.text(), email.html(),
                List.copyOf(links), clock.instant()));
    }

    @Override
    public synchronized void send(OutgoingSms sms) {
        messages.addFirst(new OutboxMessage("sms", sms.to().value(), "", sms.text(), "", List.of(), clock.instant()));
    }

    public synchronized List<OutboxMessage> messages() {
        return List.copyOf(messages);
    }
}
