package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
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
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Directory items of users: {@code ACCOUNT#<account> / USER#<id>} holds the user, under its account;
 * {@code EMAIL#<address> / LOGIN} claims the address (unique across accounts) and carries what
 * sign-in needs, so a login reads one item. Both are always written together, and both keep the head
 * of the user's event chain.
 */
final class UserItems {

    static final String STATUS = "userStatus";
    static final String ACTIVE = "active";
    static final String SUSPENDED = "suspended";
    static final String DELETED = "deleted";
    static final String SECURITY_VERSION = "securityVersion";
    /** On an address claim and a link: the user must set 2FA up right after the link. */
    static final String SET_UP_2FA = "setUp2fa";
    static final String NAME_KEY = "nameKey";
    static final String SEARCH_TEXT = "searchText";
    static final String EMAIL_KEY = "emailKey";
    static final String BY_NAME = "usersByName";
    static final String BY_EMAIL = "usersByEmail";

    private UserItems() {
    }

    static Map<String, AttributeValue> userKey(UserKey key) {
        return Map.of("pk", s(AccountItems.PREFIX + key.accountId()), "sk", s("USER#" + key.userId()));
    }

    static Map<String, AttributeValue> emailKey(EmailAddress email) {
        return Map.of("pk", s("EMAIL#" + email.value()), "sk", s("LOGIN"));
    }

    /** Moves the user's head, if the user is still active at {@code securityVersion} (sign-in's check). */
    static TransactWriteItem activeAt(String table, UserKey user, long securityVersion, Appendix journal) {
        return JournalItems.moveHead(table, userKey(user), journal, "userStatus = :active AND securityVersion = :v",
                Map.of(":active", s(ACTIVE), ":v", n(securityVersion)));
    }

    /**
     * Moves the head kept on the claim on the user's address, if the claim is still this user's (an
     * address freed by a deletion may belong to someone else now).
     */
    static TransactWriteItem claimHead(String table, Appendix journal) {
        return JournalItems.moveHead(table, emailKey(journal.chain().email()), journal, "userId = :owner",
                Map.of(":owner", s(journal.chain().key().userId())));
    }

    /**
     * The writes that replace {@code before} by {@code after} (with the chain head moved to
     * {@code journal.next()}), if nobody changed its security or its chain meanwhile.
     */
    static List<TransactWriteItem> replace(String table, User before, User after, Appendix journal) {
        Map<String, AttributeValue> values = new HashMap<>(JournalItems.expectValues(journal.expected()));
        values.put(":v", n(before.security().version()));
        User stored = after.withJournal(journal.next());
        return List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(userItem(stored))
                        .conditionExpression("securityVersion = :v AND " + JournalItems.expectHead(journal.expected()))
                        .expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build())
                        .build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(emailItem(stored))
                        .conditionExpression("userId = :id")
                        .expressionAttributeValues(Map.of(":id", s(after.id()))).build()).build());
    }

    static Map<String, AttributeValue> userItem(User user) {
        Map<String, AttributeValue> item = new HashMap<>(userKey(user.key()));
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
        item.put(STATUS, s(user.deleted() ? DELETED : user.active() ? ACTIVE : SUSPENDED));
        sec.mobile().ifPresent(m -> item.put("mobile", s(m.value())));
        item.put("mobileVerified", AttributeValue.fromBool(sec.verified()));
        item.put("twoFactor", AttributeValue.fromBool(sec.twoFactor()));
        Security.Oversight oversight = sec.oversight();
        putIfTrue(item, "twoFactorRequired", oversight.required());
        putIfTrue(item, "proofDue", oversight.proofDue());
        putIfTrue(item, "numberGiven", oversight.numberGiven());
        item.put(SECURITY_VERSION, n(sec.version()));
        if (!user.deleted()) {
            item.put(NAME_KEY, s(nameKey(user)));
            item.put(EMAIL_KEY, s(user.email().value()));
            item.put(SEARCH_TEXT, s(searchText(user)));
        }
        user.license().ifPresent(license -> LicenseItems.putHeld(item, license));
        JournalItems.putHead(item, user.journal());
        return item;
    }

    /** The {@code usersByName} sort key: last name, first name, then the address (never empty). */
    static String nameKey(User user) {
        return (user.profile().lastName() + "|" + user.profile().firstName() + "|" + user.email().value())
                .toLowerCase(Locale.ROOT);
    }

    /** What a search of the users page looks in, lower case. */
    static String searchText(User user) {
        return (user.profile().firstName() + " " + user.profile().lastName() + " " + user.email().value())
                .toLowerCase(Locale.ROOT);
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
        if (login.setUpSecondFactor()) {
            item.put(SET_UP_2FA, AttributeValue.fromBool(true));
        }
        JournalItems.putHead(item, user.journal());
        return item;
    }

    static User toUser(Map<String, AttributeValue> item) {
        Profile profile = new Profile(str(item, "firstName"), str(item, "lastName"), language(item),
                str(item, "timeZone"), str(item, "dateCulture"));
        Security security = new Security(optStr(item, "mobile").map(PhoneNumber::new), bool(item, "mobileVerified"),
                bool(item, "twoFactor"), num(item, SECURITY_VERSION), new Security.Oversight(
                        bool(item, "twoFactorRequired"), bool(item, "proofDue"), bool(item, "numberGiven")));
        return new User(str(item, "userId"), str(item, "accountId"), new EmailAddress(str(item, "email")), profile,
                Role.valueOf(str(item, "role").toUpperCase(Locale.ROOT)), ACTIVE.equals(str(item, STATUS)), security,
                JournalItems.head(item), DELETED.equals(str(item, STATUS)), LicenseItems.held(item));
    }

    static LoginIdentity toIdentity(Map<String, AttributeValue> item) {
        EmailAddress email = new EmailAddress(str(item, "pk").substring("EMAIL#".length()));
        return new LoginIdentity(str(item, "userId"), str(item, "accountId"), email, language(item),
                ACTIVE.equals(str(item, STATUS)), optStr(item, "secondFactor").map(PhoneNumber::new),
                num(item, SECURITY_VERSION), JournalItems.head(item), bool(item, SET_UP_2FA));
    }

    /** Flags are written only when set, so items of users nobody decided anything about stay as they were. */
    private static void putIfTrue(Map<String, AttributeValue> item, String name, boolean value) {
        if (value) {
            item.put(name, AttributeValue.fromBool(true));
        }
    }

    static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    private static Language language(Map<String, AttributeValue> item) {
        return Language.fromCode(str(item, "language")).orElse(Language.EN);
    }
}
