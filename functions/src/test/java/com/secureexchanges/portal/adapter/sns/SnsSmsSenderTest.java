package com.secureexchanges.portal.adapter.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import org.junit.jupiter.api.Test;

/** The Publish request as the SDK marshals it, caught before it leaves the machine (no network). */
class SnsSmsSenderTest {

    /** Keeps the marshalled request's parameters, then stops the call before transmission. */
    private static final class Capture implements ExecutionInterceptor {
        final Map<String, String> form = new HashMap<>();
        String method;

        @Override
        public void afterMarshalling(Context.AfterMarshalling context, ExecutionAttributes attributes) {
            // The query protocol marshals into parameters; a later stage moves them into the POST body.
            method = context.httpRequest().method().name();
            context.httpRequest().rawQueryParameters().forEach((name, values) -> form.put(name, values.getFirst()));
            context.requestBody().ifPresent(body -> {
                try (var in = body.contentStreamProvider().newStream()) {
                    for (String pair : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                        String[] kv = pair.split("=", 2);
                        form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                                kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            throw new Stop();
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super("captured", null, false, false);
        }
    }

    private static Capture publish(Optional<String> senderId, Language language) {
        Capture capture = new Capture();
        SnsClient sns = SnsClient.builder().region(Region.CA_CENTRAL_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(capture)).build();
        var sms = new SmsTexts("Secure Exchanges", "https://portal.example.com")
                .code(new PhoneNumber("+15145550123"), language, "482913");
        RuntimeException stopped = assertThrows(RuntimeException.class,
                () -> new SnsSmsSender(sns, senderId, counts -> { }).send(sms));
        assertTrue(stopped instanceof Stop || stopped.getCause() instanceof Stop, "stopped before the network");
        return capture;
    }

    @Test
    void publish_textsThePhoneNumber_asATransactionalSms() {
        Capture c = publish(Optional.empty(), Language.EN);
        assertEquals("POST", c.method);
        assertEquals("Publish", c.form.get("Action"));
        assertEquals("+15145550123", c.form.get("PhoneNumber"));
        assertEquals("Your Secure Exchanges code: 482913\n\n@portal.example.com #482913", c.form.get("Message"));
        Map<String, String> attributes = attributes(c.form);
        assertEquals(Map.of(SnsSmsSender.SMS_TYPE, "Transactional"), attributes);
        assertTrue(!c.form.containsKey("TopicArn") && !c.form.containsKey("TargetArn"));
    }

    @Test
    void publish_inFrench_withTheConfiguredSenderId() {
        Capture c = publish(Optional.of("SECUREX"), Language.FR);
        assertEquals("Votre code Secure Exchanges : 482913\n\n@portal.example.com #482913", c.form.get("Message"));
        assertEquals(Map.of(SnsSmsSender.SMS_TYPE, "Transactional", SnsSmsSender.SENDER_ID, "SECUREX"),
                attributes(c.form));
    }

    /** MessageAttributes.entry.N.Name / .Value.StringValue pairs, with DataType String. */
    private static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> out = new HashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            String prefix = "MessageAttributes.entry." + i;
            assertEquals("String", form.get(prefix + ".Value.DataType"));
            out.put(form.get(prefix + ".Name"), form.get(prefix + ".Value.StringValue"));
        }
        return out;
    }
}
