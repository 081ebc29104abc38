package com.secureexchanges.portal.adapter.dynamodb;

import java.util.HashMap;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.session.SessionCut;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.instant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.session.Session;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Session items: key {@code pk} = keyed hash of the session id; purged after the absolute expiry. */
final class SessionItems {

    static final String BY_USER = "byUser";
    static final String CUT_PREFIX = "SESSIONCUT#";

    private SessionItems() {
    }

    static Map<String, AttributeValue> item(Session session) {
        return Map.of("pk", s(session.idHash()), "userId", s(session.userId()), "accountId", s(session.accountId()),
                "createdAt", time(session.createdAt()), "lastSeenAt", time(session.lastSeenAt()),
                "absoluteExpiry", time(session.absoluteExpiry()), "browser", s(session.browser()),
                Tables.PURGE_AT, time(session.absoluteExpiry()));
    }

    static TransactWriteItem putNew(String table, Session session) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(session))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** The end of a user's sessions, beside the user in the directory: {@code ACCOUNT#a / SESSIONCUT#u}. */
    static Map<String, AttributeValue> cutKey(UserKey user) {
        return Map.of("pk", s(AccountItems.PREFIX + user.accountId()), "sk", s(CUT_PREFIX + user.userId()));
    }

    static Map<String, AttributeValue> cutItem(UserKey user, SessionCut cut) {
        Map<String, AttributeValue> item = new HashMap<>(cutKey(user));
        item.put("cutAt", time(cut.at()));
        cut.kept().ifPresent(kept -> item.put("kept", s(kept)));
        return item;
    }

    static SessionCut toCut(Map<String, AttributeValue> item) {
        return new SessionCut(instant(item, "cutAt"), Attrs.optStr(item, "kept"));
    }

    static Session toSession(Map<String, AttributeValue> item) {
        return new Session(str(item, "pk"), str(item, "userId"), str(item, "accountId"), instant(item, "createdAt"),
                instant(item, "lastSeenAt"), instant(item, "absoluteExpiry"), str(item, "browser"));
    }
}
