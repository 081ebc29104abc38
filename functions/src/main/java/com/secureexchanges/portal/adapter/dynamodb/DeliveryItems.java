package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.instant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.delivery.Delivery;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A delivery in the auth table: {@code pk = DELIVERY#<id>}, its channel, its sealed content and, once
 * a run has it, its {@code state} ({@code sending}, {@code sent}, {@code failed}). The content is
 * removed when it is sent or given up. Purged two days after it was written.
 */
public final class DeliveryItems {

    static final String STATE = "state";
    static final String SEALED = "sealed";
    static final Duration KEPT = Duration.ofDays(2);

    private DeliveryItems() {
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of("pk", s(Tables.DELIVERY_PREFIX + id));
    }

    static Map<String, AttributeValue> item(Delivery delivery) {
        Map<String, AttributeValue> item = new HashMap<>(key(delivery.id()));
        item.put("channel", s(delivery.channel().name().toLowerCase(java.util.Locale.ROOT)));
        item.put(SEALED, AttributeValue.fromB(SdkBytes.fromByteArray(delivery.sealed())));
        item.put("createdAt", time(delivery.createdAt()));
        item.put(Tables.PURGE_AT, time(delivery.createdAt().plus(KEPT)));
        return item;
    }

    /** One put per delivery, each only where no item is (ids are random: this never fails but on reuse). */
    static List<TransactWriteItem> puts(String table, List<Delivery> deliveries) {
        return deliveries.stream().map(d -> TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(item(d)).conditionExpression("attribute_not_exists(pk)").build()).build()).toList();
    }

    /**
     * The delivery a new item's image holds; empty for any other item of the table (a stream carries
     * them all) or one that lacks its content.
     */
    public static Optional<Delivery> fromImage(Map<String, AttributeValue> image) {
        Optional<String> pk = optStr(image, "pk").filter(k -> k.startsWith(Tables.DELIVERY_PREFIX));
        AttributeValue sealed = image.get(SEALED);
        if (pk.isEmpty() || sealed == null || sealed.b() == null || optStr(image, "channel").isEmpty()) {
            return Optional.empty();
        }
        Delivery.Channel channel = "sms".equals(str(image, "channel")) ? Delivery.Channel.SMS : Delivery.Channel.EMAIL;
        return Optional.of(new Delivery(pk.get().substring(Tables.DELIVERY_PREFIX.length()), channel,
                sealed.b().asByteArray(), instant(image, "createdAt")));
    }
}
