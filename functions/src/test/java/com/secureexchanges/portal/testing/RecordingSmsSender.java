package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.SmsSender;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps every SMS "sent", for assertions. */
public final class RecordingSmsSender implements SmsSender {

    private static final Pattern CODE = Pattern.compile(": ([0-9]{6})");
    private final List<OutgoingSms> sent = new ArrayList<>();

    @Override
    public synchronized void send(OutgoingSms sms) {
        sent.add(sms);
    }

    public synchronized List<OutgoingSms> sent() {
        return List.copyOf(sent);
    }

    /** The code in the newest SMS. */
    public synchronized String lastCode() {
        Matcher m = CODE.matcher(sent.getLast().text());
        if (!m.find()) {
            throw new AssertionError("the last SMS holds no code");
        }
        return m.group(1);
    }
}
