package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.LoginIdentity;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.User;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Directory items: {@code USER#id / PROFILE} holds the user; {@code EMAIL#address / LOGIN} claims the
 * address and carries what sign-in needs, so a login reads one item. Both are written together.
 */
final class UserItems {

    static final String STATUS = "userStatus";
    static final String ACTIVE = "active";
    static final String SUSPENDED = "suspended";

    private UserItems() {
    }

    static Map<String, AttributeValue> userKey(String userId) {
        return Map.of("pk", s("USER#" + userId), "sk", s("PROFILE"));
    }

    static Map<String, AttributeValue> emailKey(EmailAddress email) {
        return Map.of("pk", s("EMAIL#" + email.value()), "sk", s("LOGIN"));
    }

    static Map<String, AttributeValue> userItem(User user) {
        Map<String, AttributeValue> item = new HashMap<>(userKey(user.id()));
        item.put("userId", s(user.id()));
        item.put("accountId", s(user.accountId()));
        item.put("email", s(user.email().value()));
        item.put("firstName", s(user.firstName()));
        item.put("lastName", s(user.lastName()));
        item.put("language", s(user.language().code()));
        item.put("role", s(user.role().name()));
        item.put(STATUS, s(user.active() ? ACTIVE : SUSPENDED));
        return item;
    }

    static Map<String, AttributeValue> emailItem(User user) {
        Map<String, AttributeValue> item = new HashMap<>(emailKey(user.email()));
        item.put("userId", s(user.id()));
        item.put("accountId", s(user.accountId()));
        item.put("language", s(user.language().code()));
        item.put(STATUS, s(user.active() ? ACTIVE : SUSPENDED));
        return item;
    }

    static User toUser(Map<String, AttributeValue> item) {
        return new User(str(item, "userId"), str(item, "accountId"), new EmailAddress(str(item, "email")),
                str(item, "firstName"), str(item, "lastName"), language(item),
                Role.valueOf(str(item, "role").toUpperCase(Locale.ROOT)), ACTIVE.equals(str(item, STATUS)));
    }

    static LoginIdentity toIdentity(Map<String, AttributeValue> item) {
        return new LoginIdentity(str(item, "userId"), str(item, "accountId"), language(item),
                ACTIVE.equals(str(item, STATUS)));
    }

    private static Language language(Map<String, AttributeValue> item) {
        return Language.fromCode(str(item, "language")).orElse(Language.EN);
    }
}
