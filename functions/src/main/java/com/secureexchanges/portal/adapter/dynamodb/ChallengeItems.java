package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.instant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.twofactor.Challenge;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** SMS challenges in the auth table: {@code CHALLENGE#LOGIN#<hash>} or {@code CHALLENGE#ENROL#<account>#<user>}. */
final class ChallengeItems {

    private static final String PREFIX = "CHALLENGE#";

    private ChallengeItems() {
    }

    static Map<String, AttributeValue> key(String challengeKey) {
        return Map.of("pk", s(PREFIX + challengeKey));
    }

    static Map<String, AttributeValue> item(Challenge c) {
        Map<String, AttributeValue> item = new HashMap<>(key(c.key()));
        item.put("userId", s(c.userId()));
        item.put("accountId", s(c.accountId()));
        item.put("email", s(c.email().value()));
        item.put("phone", s(c.phone().value()));
        item.put("language", s(c.language().code()));
        item.put("codeHash", s(c.codeHash()));
        item.put("codeExpiresAt", time(c.codeExpiresAt()));
        item.put("attempts", n(c.attempts()));
        item.put("sends", n(c.sends()));
        item.put("lastSentAt", time(c.lastSentAt()));
        item.put("expiresAt", time(c.expiresAt()));
        item.put(UserItems.SECURITY_VERSION, n(c.securityVersion()));
        JournalItems.putHint(item, c.journal());
        item.put(Tables.PURGE_AT, time(c.expiresAt()));
        return item;
    }

    static Challenge toChallenge(Map<String, AttributeValue> item) {
        return new Challenge(str(item, "pk").substring(PREFIX.length()), str(item, "userId"), str(item, "accountId"),
                new EmailAddress(str(item, "email")), new PhoneNumber(str(item, "phone")),
                Language.fromCode(str(item, "language")).orElse(Language.EN), str(item, "codeHash"),
                instant(item, "codeExpiresAt"), (int) num(item, "attempts"), (int) num(item, "sends"),
                instant(item, "lastSentAt"), instant(item, "expiresAt"), num(item, UserItems.SECURITY_VERSION),
                JournalItems.hint(item));
    }

    static TransactWriteItem putNew(String table, Challenge c) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(c))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }
}
