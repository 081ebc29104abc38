package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.instant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optInstant;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.login.AddressThrottle;
import com.secureexchanges.portal.core.login.LinkSlot;
import com.secureexchanges.portal.core.login.LoginAttempt.AddressUpdate;
import com.secureexchanges.portal.core.login.PendingLink;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sign-in items in the auth table: {@code ADDR#key} (throttle and live links of an address),
 * {@code LINK#hash} (a pending link), {@code CAPTCHA#nonce} (a used captcha).
 */
final class LoginItems {

    /** The keyed hashes of an address's live links, a string set that redeem's condition looks into. */
    static final String LIVE_LINKS = "liveLinks";
    static final String USED_AT = "usedAt";
    static final String EXPIRES_AT = "expiresAt";
    /** Refusals a link has caused (Error 2, used, expired), each an event, up to a cap. */
    static final String DENIALS = "denials";

    private LoginItems() {
    }

    static Map<String, AttributeValue> addressKey(String addressKey) {
        return Map.of("pk", s("ADDR#" + addressKey));
    }

    static Map<String, AttributeValue> linkKey(String tokenHash) {
        return Map.of("pk", s("LINK#" + tokenHash));
    }

    static Map<String, AttributeValue> captchaKey(String nonce) {
        return Map.of("pk", s("CAPTCHA#" + nonce));
    }

    static Map<String, AttributeValue> addressItem(AddressUpdate update) {
        AddressThrottle next = update.next();
        Map<String, AttributeValue> item = new HashMap<>(addressKey(update.addressKey()));
        item.put("version", n(next.version()));
        item.put("windowStart", time(next.windowStart()));
        item.put("windowCount", n(next.windowCount()));
        Map<String, AttributeValue> networks = new HashMap<>();
        next.networks().forEach((network, count) -> networks.put(network, n(count)));
        item.put("networks", AttributeValue.fromM(networks));
        item.put("slots", AttributeValue.fromL(next.slots().stream().map(LoginItems::slotValue).toList()));
        if (!next.liveLinks().isEmpty()) {
            item.put(LIVE_LINKS, AttributeValue.fromSs(List.copyOf(next.liveLinks())));
        }
        item.put("refusals", n(next.refusals()));
        item.put(Tables.PURGE_AT, time(update.purgeAt()));
        return item;
    }

    static AddressThrottle toThrottle(Map<String, AttributeValue> item) {
        Map<String, Integer> networks = new HashMap<>();
        Optional.ofNullable(item.get("networks")).map(AttributeValue::m).orElse(Map.of())
                .forEach((network, count) -> networks.put(network, Integer.parseInt(count.n())));
        List<LinkSlot> slots = Optional.ofNullable(item.get("slots")).map(AttributeValue::l).orElse(List.of())
                .stream().map(v -> toSlot(v.m())).toList();
        return new AddressThrottle(num(item, "version"), instant(item, "windowStart"), (int) num(item, "windowCount"),
                networks, slots, (int) num(item, "refusals"));
    }

    private static AttributeValue slotValue(LinkSlot slot) {
        Map<String, AttributeValue> value = new HashMap<>(Map.of("binding", s(slot.bindingHash()),
                "network", s(slot.network()), "issuedAt", time(slot.issuedAt())));
        slot.tokenHash().ifPresent(t -> value.put("link", s(t)));
        return AttributeValue.fromM(value);
    }

    private static LinkSlot toSlot(Map<String, AttributeValue> value) {
        return new LinkSlot(optStr(value, "link"), str(value, "binding"), str(value, "network"),
                instant(value, "issuedAt"));
    }

    static Map<String, AttributeValue> linkItem(PendingLink link) {
        Map<String, AttributeValue> item = new HashMap<>(linkKey(link.tokenHash()));
        item.put("addressKey", s(link.addressKey()));
        item.put("userId", s(link.userId()));
        item.put("accountId", s(link.accountId()));
        item.put("email", s(link.email().value()));
        item.put("bindingHash", s(link.bindingHash()));
        item.put(EXPIRES_AT, time(link.expiresAt()));
        item.put(Tables.PURGE_AT, time(link.expiresAt()));
        link.secondFactor().ifPresent(phone -> item.put("secondFactor", s(phone.value())));
        item.put("language", s(link.language().code()));
        if (link.setUpSecondFactor()) {
            item.put(UserItems.SET_UP_2FA, AttributeValue.fromBool(true));
        }
        item.put(UserItems.SECURITY_VERSION, n(link.securityVersion()));
        JournalItems.putHint(item, link.journal());
        return item;
    }

    static PendingLink toLink(Map<String, AttributeValue> item) {
        String tokenHash = str(item, "pk").substring("LINK#".length());
        return new PendingLink(tokenHash, str(item, "addressKey"), str(item, "userId"), str(item, "accountId"),
                new EmailAddress(str(item, "email")), str(item, "bindingHash"), instant(item, EXPIRES_AT),
                optInstant(item, USED_AT), optStr(item, "secondFactor").map(PhoneNumber::new),
                Language.fromCode(str(item, "language")).orElse(Language.EN), num(item, UserItems.SECURITY_VERSION),
                JournalItems.hint(item), UserItems.bool(item, UserItems.SET_UP_2FA));
    }
}
