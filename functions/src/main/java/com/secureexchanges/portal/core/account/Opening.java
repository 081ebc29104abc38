package com.secureexchanges.portal.core.account;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that opening an account writes at once (SPEC A2, "Confirm and pay"): the account with its pool
 * as bought ({@code Billing#opened}), its first administrator (holding one of those licences, when they take
 * one) with the first events of their log, and the first order.
 */
public record Opening(Account account, User administrator, Optional<Order> order, Appendix journal) {

    public Opening {
        Objects.requireNonNull(account);
        Objects.requireNonNull(administrator);
        Objects.requireNonNull(order);
        Objects.requireNonNull(journal);
        if (!administrator.accountId().equals(account.id())
                || order.filter(o -> !o.accountId().equals(account.id())).isPresent()) {
            throw new IllegalArgumentException("an opening writes one account");
        }
    }

    /** An account and its first administrator, nothing bought, no events (the local demo, the stack's first). */
    public static Opening of(Account account, User administrator) {
        return new Opening(account, administrator, Optional.empty(), Appendix.none(administrator.chain()));
    }
}
