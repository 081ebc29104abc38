package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.EventChain;
import com.secureexchanges.portal.core.audit.HeadMoved;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The head of a user's chain as the directory keeps it, on the user item and on the claim on their
 * address ({@code chainSeq}, {@code chainHash}, {@code chainAt}), and as links and challenges carry it
 * ({@code journalSeq}…, a hint that a condition on the directory verifies).
 */
final class JournalItems {

    static final String SEQ = "chainSeq";
    static final String HASH = "chainHash";
    static final String AT = "chainAt";
    static final String HINT_SEQ = "journalSeq";
    static final String HINT_HASH = "journalHash";
    static final String HINT_AT = "journalAt";

    private JournalItems() {
    }

    /** The head kept on a directory item; genesis for an item that never had one. */
    static ChainHead head(Map<String, AttributeValue> item) {
        return read(item, SEQ, HASH, AT);
    }

    /** The head a link or challenge carries. */
    static ChainHead hint(Map<String, AttributeValue> item) {
        return read(item, HINT_SEQ, HINT_HASH, HINT_AT);
    }

    private static ChainHead read(Map<String, AttributeValue> item, String seq, String hash, String at) {
        Optional<String> h = optStr(item, hash);
        if (h.isEmpty()) {
            return ChainHead.GENESIS;
        }
        return new ChainHead(num(item, seq), h.get(), Instant.parse(optStr(item, at).orElseThrow()));
    }

    /** Writes the head onto a directory item; a user without events has none (as the first administrator's). */
    static void putHead(Map<String, AttributeValue> item, ChainHead head) {
        if (!head.equals(ChainHead.GENESIS)) {
            put(item, SEQ, HASH, AT, head);
        }
    }

    static void putHint(Map<String, AttributeValue> item, ChainHead head) {
        put(item, HINT_SEQ, HINT_HASH, HINT_AT, head);
    }

    private static void put(Map<String, AttributeValue> item, String seq, String hash, String at, ChainHead head) {
        item.put(seq, n(head.seq()));
        item.put(hash, s(head.hash()));
        item.put(at, s(EventChain.TIME.format(head.at())));
    }

    /** {@code SET} clause for the hint on a link or challenge; its values are {@link #hintValues}. */
    static String setHint() {
        return HINT_SEQ + " = :hintSeq, " + HINT_HASH + " = :hintHash, " + HINT_AT + " = :hintAt";
    }

    static Map<String, AttributeValue> hintValues(ChainHead head) {
        return Map.of(":hintSeq", n(head.seq()), ":hintHash", s(head.hash()), ":hintAt",
                s(EventChain.TIME.format(head.at())));
    }

    /** The condition that the directory item's head is {@code expected}; values from {@link #expectValues}. */
    static String expectHead(ChainHead expected) {
        return expected.seq() == 0 ? "(attribute_not_exists(" + SEQ + ") OR " + SEQ + " = :expectSeq)"
                : SEQ + " = :expectSeq";
    }

    static Map<String, AttributeValue> expectValues(ChainHead expected) {
        return Map.of(":expectSeq", n(expected.seq()));
    }

    /**
     * The update that moves the head of one directory item from the appendix's expected head to its
     * next one, with {@code extraCondition} (and its values) if the write needs more of the item.
     */
    static TransactWriteItem moveHead(String table, Map<String, AttributeValue> key, Appendix journal,
                                      String extraCondition, Map<String, AttributeValue> extraValues) {
        return moveHead(table, key, journal, "", "", extraCondition, extraValues);
    }

    /**
     * The same, changing more of the item in the same write: {@code extraSet} ({@code a = :a, …}) and
     * {@code extraRemove} ({@code b, …}) are added to the update, their values among {@code extraValues}.
     */
    static TransactWriteItem moveHead(String table, Map<String, AttributeValue> key, Appendix journal,
                                      String extraSet, String extraRemove, String extraCondition,
                                      Map<String, AttributeValue> extraValues) {
        Map<String, AttributeValue> values = new HashMap<>(extraValues);
        values.putAll(expectValues(journal.expected()));
        values.put(":headSeq", n(journal.next().seq()));
        values.put(":headHash", s(journal.next().hash()));
        values.put(":headAt", s(EventChain.TIME.format(journal.next().at())));
        String condition = "attribute_exists(pk) AND " + expectHead(journal.expected())
                + (extraCondition.isEmpty() ? "" : " AND " + extraCondition);
        String update = "SET " + SEQ + " = :headSeq, " + HASH + " = :headHash, " + AT + " = :headAt"
                + (extraSet.isEmpty() ? "" : ", " + extraSet) + (extraRemove.isEmpty() ? "" : " REMOVE " + extraRemove);
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
                .updateExpression(update).conditionExpression(condition).expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }

    /**
     * Throws {@link HeadMoved} when one of the cancelled items is a directory item of this chain's user
     * whose head is not the one {@code journal} expected (so the events can be chained again); returns
     * otherwise (an item of another user, such as the claim on a freed address now held by someone
     * else, is not this chain's head).
     */
    static void throwIfMoved(List<CancellationReason> reasons, Appendix journal) {
        for (CancellationReason reason : reasons) {
            Map<String, AttributeValue> old = reason.item();
            if (old == null || old.isEmpty() || !old.containsKey("sk")
                    || !journal.chain().key().userId().equals(Attrs.optStr(old, "userId").orElse(""))) {
                continue;
            }
            ChainHead actual = head(old);
            if (actual.seq() != journal.expected().seq()) {
                throw new HeadMoved(actual);
            }
        }
    }
}
