package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.LoginIdentity;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Directory items: {@code USER#id / PROFILE} holds the user; {@code EMAIL#address / LOGIN} claims the
 * address and carries what sign-in needs, so a login reads one item. Both are always written together.
 */
final class UserItems {

    static final String STATUS = "userStatus";
    static final String ACTIVE = "active";
    static final String SUSPENDED = "suspended";
    static final String SECURITY_VERSION = "securityVersion";

    private UserItems() {
    }

    static Map<String, AttributeValue> userKey(String userId) {
        return Map.of("pk", s("USER#" + userId), "sk", s("PROFILE"));
    }

    static Map<String, AttributeValue> emailKey(EmailAddress email) {
        return Map.of("pk", s("EMAIL#" + email.value()), "sk", s("LOGIN"));
    }

    /** A transaction item that holds only while the user is active at {@code securityVersion}. */
    static TransactWriteItem unchanged(String table, String userId, long securityVersion) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(userKey(userId))
                .conditionExpression("userStatus = :active AND securityVersion = :v")
                .expressionAttributeValues(Map.of(":active", s(ACTIVE), ":v", n(securityVersion))).build()).build();
    }

    /** The writes that replace {@code before} by {@code after}, if nobody changed its security meanwhile. */
    static List<TransactWriteItem> replace(String table, User before, User after) {
        return List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(userItem(after))
                        .conditionExpression("securityVersion = :v")
                        .expressionAttributeValues(Map.of(":v", n(before.security().version()))).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(emailItem(after))
                        .conditionExpression("userId = :id")
                        .expressionAttributeValues(Map.of(":id", s(after.id()))).build()).build());
    }

    static Map<String, AttributeValue> userItem(User user) {
        Map<String, AttributeValue> item = new HashMap<>(userKey(user.id()));
        Profile p = user.profile();
        Security sec = user.security();
        item.put("userId", s(user.id()));
        item.put("accountId", s(user.accountId()));
        item.put("email", s(user.email().value()));
        item.put("firstName", s(p.firstName()));
        item.put("lastName", s(p.lastName()));
        item.put("language", s(p.language().code()));
        item.put("timeZone", s(p.timeZone()));
        item.put("dateCulture", s(p.dateCulture()));
        item.put("role", s(user.role().name()));
        item.put(STATUS, s(user.active() ? ACTIVE : SUSPENDED));
        sec.mobile().ifPresent(m -> item.put("mobile", s(m.value())));
        item.put("mobileVerified", AttributeValue.fromBool(sec.verified()));
        item.put("twoFactor", AttributeValue.fromBool(sec.twoFactor()));
        item.put(SECURITY_VERSION, n(sec.version()));
        return item;
    }

    static Map<String, AttributeValue> emailItem(User user) {
        LoginIdentity login = LoginIdentity.of(user);
        Map<String, AttributeValue> item = new HashMap<>(emailKey(user.email()));
        item.put("userId", s(user.id()));
        item.put("accountId", s(user.accountId()));
        item.put("language", s(login.language().code()));
        item.put(STATUS, s(login.active() ? ACTIVE : SUSPENDED));
        login.secondFactor().ifPresent(m -> item.put("secondFactor", s(m.value())));
        item.put(SECURITY_VERSION, n(login.securityVersion()));
        return item;
    }

    static User toUser(Map<String, AttributeValue> item) {
        Profile profile = new Profile(str(item, "firstName"), str(item, "lastName"), language(item),
                str(item, "timeZone"), str(item, "dateCulture"));
        Security security = new Security(optStr(item, "mobile").map(PhoneNumber::new), bool(item, "mobileVerified"),
                bool(item, "twoFactor"), num(item, SECURITY_VERSION));
        return new User(str(item, "userId"), str(item, "accountId"), new EmailAddress(str(item, "email")), profile,
                Role.valueOf(str(item, "role").toUpperCase(Locale.ROOT)), ACTIVE.equals(str(item, STATUS)), security);
    }

    static LoginIdentity toIdentity(Map<String, AttributeValue> item) {
        return new LoginIdentity(str(item, "userId"), str(item, "accountId"), language(item),
                ACTIVE.equals(str(item, STATUS)), optStr(item, "secondFactor").map(PhoneNumber::new),
                num(item, SECURITY_VERSION));
    }

    private static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    private static Language language(Map<String, AttributeValue> item) {
        return Language.fromCode(str(item, "language")).orElse(Language.EN);
    }
}
