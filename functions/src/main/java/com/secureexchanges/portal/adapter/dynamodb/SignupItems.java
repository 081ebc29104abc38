package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.instant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optInstant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.signup.PendingSignup;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A pending sign-up in the auth table: {@code SIGNUP#hash}, purged when its link expires. */
final class SignupItems {

    static final String PREFIX = "SIGNUP#";
    static final String USED_AT = "usedAt";
    static final String EXPIRES_AT = "expiresAt";

    private SignupItems() {
    }

    static Map<String, AttributeValue> key(String tokenHash) {
        return Map.of("pk", s(PREFIX + tokenHash));
    }

    static Map<String, AttributeValue> item(PendingSignup signup) {
        Map<String, AttributeValue> item = new HashMap<>(key(signup.tokenHash()));
        item.put("email", s(signup.email().value()));
        item.put("organization", s(signup.organization()));
        item.put("plan", s(signup.plan()));
        item.put("quantity", n(signup.quantity()));
        item.put("bindingHash", s(signup.bindingHash()));
        item.put("language", s(signup.language().code()));
        item.put(EXPIRES_AT, time(signup.expiresAt()));
        item.put(Tables.PURGE_AT, time(signup.expiresAt()));
        return item;
    }

    static PendingSignup toSignup(Map<String, AttributeValue> item) {
        return new PendingSignup(str(item, "pk").substring(PREFIX.length()), new EmailAddress(str(item, "email")),
                str(item, "organization"), str(item, "plan"), (int) num(item, "quantity"), str(item, "bindingHash"),
                instant(item, EXPIRES_AT), optInstant(item, USED_AT),
                Language.fromCode(str(item, "language")).orElse(Language.EN));
    }
}
