package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.secureexchanges.portal.adapter.dynamodb.DeliveryItems;
import com.secureexchanges.portal.core.delivery.Delivery;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;

/** A stream record as Lambda hands it, read into the delivery its new image holds (strings, numbers, bytes). */
final class StreamImages {

    private StreamImages() {
    }

    static Optional<Delivery> delivery(DynamodbEvent.DynamodbStreamRecord record) {
        if (!"INSERT".equals(record.getEventName()) || record.getDynamodb() == null
                || record.getDynamodb().getNewImage() == null) {
            return Optional.empty();
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> image = new HashMap<>();
        record.getDynamodb().getNewImage().forEach((name, value) -> convert(value).ifPresent(v -> image.put(name, v)));
        return DeliveryItems.fromImage(image);
    }

    private static Optional<software.amazon.awssdk.services.dynamodb.model.AttributeValue> convert(AttributeValue v) {
        if (v.getS() != null) {
            return Optional.of(software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v.getS()));
        }
        if (v.getN() != null) {
            return Optional.of(software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(v.getN()));
        }
        if (v.getB() != null) {
            return Optional.of(software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
                    SdkBytes.fromByteBuffer(v.getB().duplicate())));
        }
        return Optional.empty();
    }
}
