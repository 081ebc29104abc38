package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.domain.DomainClaim;
import com.secureexchanges.portal.core.domain.DomainName;
import com.secureexchanges.portal.core.domain.DomainStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Domains in the directory table. An account's claim lives in its partition,
 * {@code ACCOUNT#<account> / DOMAIN#<domain>} (all of an account's domains are one query); the approval,
 * {@code DOMAIN#<domain> / CLAIM}, names the one account that verified it (one conditional put decides).
 * The account item counts the account's domains ({@code domainCount}), so the limit holds under races.
 */
final class DomainItems {

    static final String PREFIX = "DOMAIN#";
    static final String COUNT = "domainCount";

    private DomainItems() {
    }

    static Map<String, AttributeValue> approvalKey(String domain) {
        return Map.of("pk", s(PREFIX + domain.toLowerCase(Locale.ROOT)), "sk", s("CLAIM"));
    }

    /** The approval of {@code domain} by {@code accountId}. */
    static Map<String, AttributeValue> approvalItem(String domain, String accountId, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(approvalKey(domain));
        item.put("approvedBy", s(accountId));
        item.put("verifiedAt", s(at.toString()));
        return item;
    }

    static Map<String, AttributeValue> claimKey(String accountId, DomainName domain) {
        return Map.of("pk", s(AccountItems.PREFIX + accountId), "sk", s(PREFIX + domain.value()));
    }

    static Map<String, AttributeValue> claimItem(DomainClaim claim) {
        Map<String, AttributeValue> item = new HashMap<>(claimKey(claim.accountId(), claim.domain()));
        item.put("domain", s(claim.domain().value()));
        item.put("token", s(claim.token()));
        item.put("domainStatus", s(claim.status().id()));
        item.put("addedAt", Attrs.time(claim.addedAt()));
        claim.verifiedAt().ifPresent(at -> item.put("verifiedAt", Attrs.time(at)));
        return item;
    }

    static DomainClaim toClaim(Map<String, AttributeValue> item) {
        String accountId = str(item, "pk").substring(AccountItems.PREFIX.length());
        return new DomainClaim(accountId, new DomainName(str(item, "domain")), str(item, "token"),
                DomainStatus.fromId(str(item, "domainStatus")), Attrs.instant(item, "addedAt"),
                Attrs.optInstant(item, "verifiedAt"));
    }
}
