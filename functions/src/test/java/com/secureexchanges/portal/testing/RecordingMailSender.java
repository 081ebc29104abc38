package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps every email "sent", for assertions. */
public final class RecordingMailSender implements MailSender {

    private static final Pattern TOKEN = Pattern.compile("#t=([A-Za-z0-9_-]{43})");
    private final List<OutgoingEmail> sent = new ArrayList<>();

    @Override
    public synchronized void send(OutgoingEmail email) {
        sent.add(email);
    }

    public synchronized List<OutgoingEmail> sent() {
        return List.copyOf(sent);
    }

    /** The link token of the newest email sent. */
    public synchronized String lastToken() {
        Matcher m = TOKEN.matcher(sent.getLast().text());
        if (!m.find()) {
            throw new AssertionError("the last email has no sign-in link");
        }
        return m.group(1);
    }
}
