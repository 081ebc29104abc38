package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.license.Billing;
import com.secureexchanges.portal.core.license.Holding;
import com.secureexchanges.portal.core.license.LicenseLedger;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderBook;
import com.secureexchanges.portal.core.license.OrderPage;
import com.secureexchanges.portal.core.license.Quote;
import com.secureexchanges.portal.core.license.QuoteStore;
import com.secureexchanges.portal.core.license.SeatChange;
import com.secureexchanges.portal.core.user.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Licences, orders and quotes over {@link InMemoryUserDirectory} (the pool on its accounts, what each user
 * holds on its users), each write under its lock with the conditions of the DynamoDB stores.
 */
public final class InMemoryLicenses implements LicenseLedger, OrderBook, QuoteStore {

    private final InMemoryUserDirectory directory;
    private final Map<String, Quote> quotes = new HashMap<>();

    public InMemoryLicenses(InMemoryUserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Holding> held(String accountId) {
        synchronized (directory) {
            return directory.usersOf(accountId).stream().filter(u -> u.license().isPresent())
                    .map(u -> new Holding(u.license().get(), u.id(), u.email()))
                    .sorted(Comparator.comparing(h -> h.license().id())).toList();
        }
    }

    @Override
    public Optional<LicenseLedger.Refusal> change(User before, User after, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            if (!holds(before)) {
                return Optional.of(LicenseLedger.Refusal.CHANGED);
            }
            Optional<Billing> next = moved(before.accountId(), SeatChange.between(before.license(), after.license()),
                    Optional.empty());
            if (next.isEmpty()) {
                return Optional.of(LicenseLedger.Refusal.NO_FREE_LICENSE);
            }
            write(before, after, next.get(), journal);
            return Optional.empty();
        }
    }

    @Override
    public Optional<LicenseLedger.Refusal> transfer(User from, User to, Appendix fromJournal, Appendix toJournal) {
        synchronized (directory) {
            directory.checkHead(fromJournal);
            directory.checkHead(toJournal);
            if (!holds(to.withLicense(Optional.empty()))) {
                return Optional.of(LicenseLedger.Refusal.TAKEN);
            }
            if (!holds(from)) {
                return Optional.of(LicenseLedger.Refusal.CHANGED);
            }
            directory.replace(directory.find(from.key()).orElseThrow().withLicense(Optional.empty()));
            directory.replace(directory.find(to.key()).orElseThrow().withLicense(to.license()));
            directory.apply(fromJournal);
            directory.apply(toJournal);
            return Optional.empty();
        }
    }

    @Override
    public Optional<OrderBook.Refusal> purchase(Optional<Instant> seenAnchor, Order order, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            Account account = directory.account(order.accountId()).orElseThrow();
            if (!account.billing().anchor().equals(seenAnchor)) {
                return Optional.of(OrderBook.Refusal.CHANGED);
            }
            Optional<Billing> next = moved(order.accountId(), order.lines().stream()
                    .map(l -> SeatChange.bought(l.plan(), l.quantity())).toList(), Optional.of(order.at()));
            if (next.isEmpty()) {
                return Optional.of(OrderBook.Refusal.TOO_MANY);
            }
            directory.putAccount(account.withBilling(next.get()));
            directory.orders().add(order);
            directory.apply(journal);
            return Optional.empty();
        }
    }

    @Override
    public Optional<OrderBook.Refusal> shrink(String accountId, SeatChange removal, Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            Optional<Billing> next = moved(accountId, List.of(removal), Optional.empty());
            if (next.isEmpty()) {
                return Optional.of(OrderBook.Refusal.NOT_ENOUGH_FREE);
            }
            directory.putAccount(directory.account(accountId).orElseThrow().withBilling(next.get()));
            directory.apply(journal);
            return Optional.empty();
        }
    }

    @Override
    public Optional<OrderBook.Refusal> upgrade(Quote quote, Instant at, Order order, User before, User after,
                                               Appendix journal) {
        synchronized (directory) {
            directory.checkHead(journal);
            Quote stored = quotes.get(quote.accountId() + "/" + quote.id());
            if (stored == null || stored.used() || stored.expiredAt(at)) {
                return Optional.of(OrderBook.Refusal.QUOTE_USED);
            }
            Optional<Billing> next = moved(before.accountId(), SeatChange.between(before.license(), after.license()),
                    Optional.empty());
            if (next.isEmpty()) {
                return Optional.of(OrderBook.Refusal.TOO_MANY);
            }
            if (!holds(before)) {
                return Optional.of(OrderBook.Refusal.CHANGED);
            }
            quotes.put(quote.accountId() + "/" + quote.id(), new Quote(stored.id(), stored.accountId(),
                    stored.userId(), stored.licenseId(), stored.from(), stored.to(), stored.amount(), stored.period(),
                    stored.expiresAt(), true));
            directory.orders().add(order);
            write(before, after, next.get(), journal);
            return Optional.empty();
        }
    }

    @Override
    public OrderPage page(String accountId, Optional<String> cursor, int limit) {
        synchronized (directory) {
            Optional<String> after = cursor.map(c -> {
                String key = new String(Base64.getUrlDecoder().decode(c), StandardCharsets.UTF_8);
                if (!key.matches("ORDER#[0-9]{12}#[A-Za-z0-9_-]{1,64}")) {
                    throw new IllegalArgumentException("not an order cursor");
                }
                return key;
            });
            List<Order> all = directory.orders().stream().filter(o -> o.accountId().equals(accountId))
                    .sorted(Comparator.comparing(InMemoryLicenses::sortKey).reversed())
                    .filter(o -> after.map(a -> sortKey(o).compareTo(a) < 0).orElse(true)).toList();
            List<Order> page = all.subList(0, Math.min(limit, all.size()));
            return new OrderPage(page, all.size() > limit ? Optional.of(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(sortKey(page.getLast()).getBytes(StandardCharsets.UTF_8))) : Optional.empty());
        }
    }

    private static String sortKey(Order order) {
        return "ORDER#" + String.format(Locale.ROOT, "%012d", order.at().getEpochSecond()) + "#" + order.id();
    }

    @Override
    public void put(Quote quote) {
        synchronized (directory) {
            quotes.put(quote.accountId() + "/" + quote.id(), quote);
        }
    }

    @Override
    public Optional<Quote> find(String accountId, String quoteId) {
        synchronized (directory) {
            return Optional.ofNullable(quotes.get(accountId + "/" + quoteId));
        }
    }

    /** Whether the user is stored, not deleted, and holds what {@code user} holds. */
    private boolean holds(User user) {
        return directory.find(user.key()).filter(u -> !u.deleted() && u.license().equals(user.license())).isPresent();
    }

    /** The account's pool after {@code changes}; empty where a plan would fall below none or past the limit. */
    private Optional<Billing> moved(String accountId, List<SeatChange> changes, Optional<Instant> anchor) {
        Billing billing = directory.account(accountId).orElseThrow().billing();
        try {
            Billing next = billing.after(changes, anchor);
            boolean tooMany = next.seats().values().stream().anyMatch(s -> s.total() > LicensePolicy.MAX_PER_PLAN);
            return tooMany ? Optional.empty() : Optional.of(next);
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private void write(User before, User after, Billing pool, Appendix journal) {
        directory.putAccount(directory.account(before.accountId()).orElseThrow().withBilling(pool));
        directory.replace(directory.find(before.key()).orElseThrow().withLicense(after.license()));
        directory.apply(journal);
    }
}
