package com.secureexchanges.portal.localstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.ses.SesMailSender;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.devserver.EmulatorResources;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SES adapter against the emulator, reading the message back from its {@code /_aws/ses} log. The
 * sender is verified whether or not an earlier run (or the local portal) verified it; the subject is this
 * run's own, so a message left by another run cannot pass for it.
 */
class SesMailSenderLocalStackIT {

    @Test
    void anEmailSentThroughTheEmulator_canBeReadBack() throws Exception {
        var ses = LocalStack.ses();
        EmulatorResources.verifySender(ses, "no-reply@example.com");
        String subject = "Portal integration test " + System.nanoTime();
        new SesMailSender(ses, "no-reply@example.com", Optional.empty(), counts -> { }).send(new OutgoingEmail(
                new EmailAddress("ada@example.com"), subject, "text part", "<p>html part</p>", true));
        HttpResponse<String> log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                LocalStack.endpoint().resolve("/_aws/ses")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(log.body().contains(subject), "the emulator holds the message");
    }
}
