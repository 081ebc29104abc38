package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventChain;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Outcome;
import com.secureexchanges.portal.core.audit.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Event items: {@code pk = ACCOUNT#<account>#USER#<user>}, {@code seq} (number), {@code atSeq} (the
 * {@code byTime} index's sort key: time, then number), purged {@code purgeAt} (the retention).
 */
final class EventItems {

    static final String BY_TIME = "byTime";
    static final String AT_SEQ = "atSeq";

    private EventItems() {
    }

    static String partition(UserKey user) {
        return "ACCOUNT#" + user.accountId() + "#USER#" + user.userId();
    }

    static String atSeq(Instant at, long seq) {
        return EventChain.TIME.format(at) + "#" + String.format(Locale.ROOT, "%012d", seq);
    }

    /**
     * One put per event, each only where its number is free (two writers cannot take the same one), then
     * one per message the decision sends (the outbox, in the auth table).
     */
    static List<TransactWriteItem> puts(TableNames tables, Appendix journal) {
        List<TransactWriteItem> puts = new ArrayList<>(journal.events().stream().map(e -> TransactWriteItem.builder()
                .put(Put.builder().tableName(tables.events()).item(item(journal.chain().key(), e))
                        .conditionExpression("attribute_not_exists(pk)").build()).build()).toList());
        puts.addAll(DeliveryItems.puts(tables.auth(), journal.deliveries()));
        return puts;
    }

    static Map<String, AttributeValue> item(UserKey user, StoredEvent e) {
        Event ev = e.event();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(partition(user)));
        item.put("seq", n(e.seq()));
        item.put(AT_SEQ, s(atSeq(e.at(), e.seq())));
        item.put("at", s(EventChain.TIME.format(e.at())));
        item.put("type", s(ev.type().id()));
        item.put("actor", s(ev.actor()));
        item.put("subject", s(ev.subject()));
        item.put("outcome", s(ev.outcome().id()));
        ev.reason().ifPresent(r -> item.put("reason", s(r)));
        item.put("requestId", s(ev.requestId()));
        item.put("prevHash", s(e.prevHash()));
        item.put("prevAt", s(EventChain.TIME.format(e.prevAt())));
        item.put("personalDigest", s(e.personalDigest()));
        e.salt().ifPresent(salt -> item.put("salt", s(salt)));
        item.put("ip", s(ev.ip()));
        item.put("browser", s(ev.browser()));
        Map<String, AttributeValue> details = new HashMap<>();
        ev.details().forEach((k, v) -> details.put(k, s(v)));
        item.put("details", AttributeValue.fromM(details));
        item.put("hash", s(e.hash()));
        item.put(Tables.PURGE_AT, time(e.purgeAt()));
        return item;
    }

    static StoredEvent toEvent(Map<String, AttributeValue> item) {
        Map<String, String> details = new TreeMap<>();
        AttributeValue d = item.get("details");
        if (d != null && d.hasM()) {
            d.m().forEach((k, v) -> details.put(k, v.s() == null ? "" : v.s()));
        }
        Event event = new Event(EventType.fromId(str(item, "type")).orElseThrow(), str(item, "actor"),
                str(item, "subject"), Outcome.valueOf(str(item, "outcome").toUpperCase(Locale.ROOT)),
                optStr(item, "reason"), optStr(item, "ip").orElse(""), optStr(item, "browser").orElse(""),
                str(item, "requestId"), details);
        return new StoredEvent(num(item, "seq"), Instant.parse(str(item, "at")), event, str(item, "prevHash"),
                Instant.parse(str(item, "prevAt")), str(item, "personalDigest"), optStr(item, "salt"),
                str(item, "hash"), Instant.ofEpochSecond(num(item, Tables.PURGE_AT)));
    }

    static Optional<String> cursorOf(Map<String, AttributeValue> lastKey) {
        return lastKey == null || lastKey.isEmpty() ? Optional.empty() : Optional.ofNullable(lastKey.get(AT_SEQ).s());
    }
}
