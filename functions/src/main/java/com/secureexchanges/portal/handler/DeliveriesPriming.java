package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.core.login.LoginEmails;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingMessage;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.handler.http.PrimingHook;
import com.secureexchanges.portal.wiring.DeliveriesPrimingPortal;
import com.secureexchanges.portal.wiring.OfflineDynamoHttp;
import com.secureexchanges.portal.wiring.OfflineSesHttp;
import com.secureexchanges.portal.wiring.OfflineSnsHttp;
import com.secureexchanges.portal.wiring.Portal;
import com.secureexchanges.portal.wiring.PrimingPortal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SnapStart priming of the deliveries function (issue 12), as {@link Priming} is of the HTTP functions:
 * before the snapshot, {@link Priming#ROUNDS} stream batches, each of a sign-in email and an SMS code
 * sealed and written by a {@link PrimingPortal}, go through a {@link DeliveriesHandler} on that portal —
 * the stream image read, the claim and the mark as sent written through DynamoDB's SDK, the seal opened,
 * the message sent through SES and SNS clients — all answered in-process, so no call leaves the
 * process and nothing of the priming, but the loaded classes and compiled code, stays in the snapshot.
 * The dispatcher logs each priming delivery's id ({@code priming…}) and channel, as it logs real ones.
 */
public final class DeliveriesPriming extends PrimingHook<DeliveriesPriming.Outcome> {

    private final AppConfig config;

    private DeliveriesPriming(AppConfig config) {
        this.config = config;
    }

    /** The priming of the deliveries function with {@code config}'s table names and sender; not registered. */
    public static DeliveriesPriming of(AppConfig config) {
        return new DeliveriesPriming(config);
    }

    /** Registers the priming with the runtime's CRaC context, for the handler's no-arg (Lambda) constructor. */
    static void register(Portal portal) {
        register(of(portal.config()));
    }

    /**
     * What one priming did: the batch item failures the handler reported, and the calls DynamoDB, SES and
     * SNS were asked for, in order.
     */
    public record Outcome(List<String> failures, List<String> dynamo, List<String> ses, List<String> sns) {
    }

    /** Writes and hands over {@link Priming#ROUNDS} batches of an email and an SMS, on a fresh priming portal. */
    @Override
    public Outcome prime() {
        OfflineDynamoHttp dynamo = OfflineDynamoHttp.keepingPuts();
        OfflineSesHttp ses = new OfflineSesHttp();
        OfflineSnsHttp sns = new OfflineSnsHttp();
        Portal portal = DeliveriesPrimingPortal.create(config, dynamo, ses, sns);
        var mailroom = DeliveriesPrimingPortal.mailroom(portal);
        var handler = new DeliveriesHandler(portal);
        List<OutgoingMessage> messages = messages();
        List<String> failures = new ArrayList<>();
        int streamed = 0;
        for (int round = 0; round < Priming.ROUNDS; round++) {
            mailroom.post(messages);
            List<JsonValue> written = dynamo.puts();
            StreamsEventResponse response = handler.handleRequest(batch(written.subList(streamed, written.size()),
                    streamed), null);
            streamed = written.size();
            response.getBatchItemFailures().forEach(f -> failures.add(f.getItemIdentifier()));
        }
        return new Outcome(failures, dynamo.operations(), ses.operations(), sns.operations());
    }

    /** A sign-in link and a 2FA code, composed as requests compose them, to placeholder recipients. */
    private List<OutgoingMessage> messages() {
        var email = new LoginEmails(config.productName()).signInLink(new EmailAddress("priming@example.invalid"),
                Language.EN, config.siteUrl() + "/login/redeem#t=" + "A".repeat(43), PrimingPortal.INSTANT,
                "Chrome on Linux", config.login().linkTtl());
        var sms = new SmsTexts(config.productName(), config.siteUrl()).code(new PhoneNumber("+15145550100"),
                Language.EN, "000000");
        return List.of(email, sms);
    }

    /** The items as the auth table's stream hands them over: inserts, numbered after {@code before}. */
    private static DynamodbEvent batch(List<JsonValue> items, int before) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (JsonValue item : items) {
            Map<String, AttributeValue> image = new HashMap<>();
            item.properties().forEach(a -> attribute(a.getValue()).ifPresent(v -> image.put(a.getKey(), v)));
            StreamRecord data = new StreamRecord();
            data.setSequenceNumber(Integer.toString(before + records.size() + 1));
            data.setKeys(Map.of("pk", image.get("pk")));
            data.setNewImage(image);
            data.setStreamViewType(StreamViewType.NEW_IMAGE);
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventName("INSERT");
            record.setEventSource("aws:dynamodb");
            record.setDynamodb(data);
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    /** A string, number or bytes attribute (all a delivery item holds) in the stream's types; empty for others. */
    private static Optional<AttributeValue> attribute(JsonValue value) {
        if (value.has("S")) {
            return Optional.of(new AttributeValue().withS(value.get("S").asText()));
        }
        if (value.has("N")) {
            return Optional.of(new AttributeValue().withN(value.get("N").asText()));
        }
        if (value.has("B")) {
            return Optional.of(new AttributeValue().withB(ByteBuffer.wrap(Base64.getDecoder()
                    .decode(value.get("B").asText()))));
        }
        return Optional.empty();
    }
}
