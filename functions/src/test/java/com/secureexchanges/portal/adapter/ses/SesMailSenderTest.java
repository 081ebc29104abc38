package com.secureexchanges.portal.adapter.ses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.testing.CannedHttpClient;
import com.secureexchanges.portal.testing.InMemoryMetrics;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * What the SES sender puts on the wire (the SES API's {@code SendEmail}, read from the form the real client
 * posts): the sender, the one recipient, subject and both parts in UTF-8, and the configuration set without
 * click tracking for sensitive mail only (a sign-in link must never be rewritten through a tracking domain).
 */
class SesMailSenderTest {

    private static final String SENT = "<SendEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
            + "<SendEmailResult><MessageId>m-1</MessageId></SendEmailResult></SendEmailResponse>";

    private static Map<String, String> sent(boolean sensitive) {
        CannedHttpClient http = new CannedHttpClient(200, "text/xml", SENT);
        SesClient ses = SesClient.builder().region(Region.CA_CENTRAL_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(http).build();
        new SesMailSender(ses, "Portal <no-reply@example.com>", Optional.of("sign-in-no-tracking"),
                new InMemoryMetrics()).send(new OutgoingEmail(new EmailAddress("zoe@example.com"),
                "Votre lien — connexion", "texte é", "<p>html é</p>", sensitive));
        assertEquals(1, http.bodies().size());
        return Arrays.stream(http.bodies().get(0).split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }

    @Test
    void sensitiveMail_goesThroughTheConfigurationSetWithoutTracking() {
        Map<String, String> form = sent(true);
        assertEquals("SendEmail", form.get("Action"));
        assertEquals("Portal <no-reply@example.com>", form.get("Source"));
        assertEquals("zoe@example.com", form.get("Destination.ToAddresses.member.1"));
        assertFalse(form.containsKey("Destination.ToAddresses.member.2"));
        assertEquals("Votre lien — connexion", form.get("Message.Subject.Data"));
        assertEquals("UTF-8", form.get("Message.Subject.Charset"));
        assertEquals("texte é", form.get("Message.Body.Text.Data"));
        assertEquals("UTF-8", form.get("Message.Body.Text.Charset"));
        assertEquals("<p>html é</p>", form.get("Message.Body.Html.Data"));
        assertEquals("UTF-8", form.get("Message.Body.Html.Charset"));
        assertEquals("sign-in-no-tracking", form.get("ConfigurationSetName"));
    }

    @Test
    void otherMail_namesNoConfigurationSet() {
        Map<String, String> form = sent(false);
        assertEquals("SendEmail", form.get("Action"));
        assertTrue(form.containsKey("Message.Body.Html.Data"));
        assertFalse(form.containsKey("ConfigurationSetName"));
    }
}
