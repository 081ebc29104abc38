package com.secureexchanges.portal.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The benchmark's naive baseline for {@code POST /api/login/request} (issue 12): the same work as the
 * real handler — check the captcha's answer against its keyed hash and use it up, find the user, store a
 * link (keyed hashes of token and binding) and two hashed events, compose the email, answer 202 with the
 * binding cookie — written the way Lambda samples usually are: {@code DynamoDbClient.create()} (the
 * SDK's default HTTP client, Apache 5 in SDK 2.5x, and the default region and credential lookup), the
 * Enhanced Client with bean schemas, Jackson databind of the whole event and of the body, one call per
 * item (6 round trips where the real handler makes 2), no care for class loading. Test code only: it
 * must never reach the Lambda jar.
 */
public final class NaiveRequestLoginHandler implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final DynamoDbTable<NaiveItems.Captcha> captchas;
    private final DynamoDbTable<NaiveItems.User> users;
    private final DynamoDbTable<NaiveItems.Link> links;
    private final DynamoDbTable<NaiveItems.Event> events;
    private final byte[] key;
    private final String site;

    public NaiveRequestLoginHandler() {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(DynamoDbClient.create())
                .build();
        String prefix = System.getenv("TABLE_PREFIX");
        captchas = enhanced.table(prefix + "captchas", TableSchema.fromBean(NaiveItems.Captcha.class));
        users = enhanced.table(prefix + "users", TableSchema.fromBean(NaiveItems.User.class));
        links = enhanced.table(prefix + "links", TableSchema.fromBean(NaiveItems.Link.class));
        events = enhanced.table(prefix + "events", TableSchema.fromBean(NaiveItems.Event.class));
        key = Base64.getDecoder().decode(System.getenv("HMAC_KEY"));
        site = System.getenv("SITE_URL");
    }

    /** The naive tables' names under {@code prefix}, for the benchmark to create. */
    public static List<String> tableNames(String prefix) {
        return List.of(prefix + "captchas", prefix + "users", prefix + "links", prefix + "events");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APIGatewayProxyRequestEvent event = MAPPER.readValue(input, APIGatewayProxyRequestEvent.class);
        NaiveItems.LoginBody body = MAPPER.readValue(event.getBody(), NaiveItems.LoginBody.class);
        Instant now = Instant.now();
        NaiveItems.Captcha captcha = captchas.getItem(Key.builder().partitionValue(body.captchaId).build());
        boolean solved = captcha != null && !captcha.isUsed() && captcha.getExpiresAt() > now.getEpochSecond()
                && MessageDigest.isEqual(hmac("captcha", body.captchaAnswer).getBytes(StandardCharsets.US_ASCII),
                        captcha.getAnswerHash().getBytes(StandardCharsets.US_ASCII));
        if (captcha != null) {
            captcha.setUsed(true);
            captchas.updateItem(captcha);
        }
        String binding = randomToken();
        if (solved) {
            String email = body.email.trim().toLowerCase(Locale.ROOT);
            NaiveItems.User user = users.getItem(Key.builder().partitionValue(email).build());
            if (user != null && user.isActive()) {
                String token = randomToken();
                NaiveItems.Link link = new NaiveItems.Link();
                link.setTokenHash(hmac("link", token));
                link.setUserId(user.getId());
                link.setBindingHash(hmac("binding", binding));
                link.setExpiresAt(now.plusSeconds(900).getEpochSecond());
                links.putItem(link);
                String previous = record(user, "login.requested", now, "");
                String mail = "Hello " + user.getFirstName() + ", sign in: " + site + "/login#" + token;
                record(user, "login.link_sent", now, previous + mail.length());
            }
        }
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(202)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withMultiValueHeaders(Map.of("Set-Cookie", List.of("__Host-binding=" + binding
                        + "; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=900")))
                .withBody(MAPPER.writeValueAsString(Map.of("status", "accepted")));
        MAPPER.writeValue(output, response);
    }

    private String record(NaiveItems.User user, String type, Instant at, String previous) {
        NaiveItems.Event item = new NaiveItems.Event();
        item.setId(UUID.randomUUID().toString());
        item.setUserId(user.getId());
        item.setType(type);
        item.setAt(at.toString());
        item.setHash(sha256(previous + "|" + item.getId() + "|" + type + "|" + item.getAt()));
        events.putItem(item);
        return item.getHash();
    }

    private String hmac(String purpose, String value) {
        return hmac(key, purpose, value);
    }

    /** HMAC-SHA256 of {@code purpose}, a zero byte and {@code value}, as the real hasher does. */
    static String hmac(byte[] key, String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
