package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.session.SessionCut;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.AccountStore;
import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.ChainHead;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventChain;
import com.secureexchanges.portal.core.audit.EventPage;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.SeatChange;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.Member;
import com.secureexchanges.portal.core.user.Subject;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import com.secureexchanges.portal.core.user.UserPage;
import com.secureexchanges.portal.core.user.UserQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts, users and their event chains in maps, with the conditions of the DynamoDB stores. The
 * other in-memory stores lock this object too, so that a write spanning several of them is atomic.
 */
public final class InMemoryUserDirectory implements UserDirectory, AccountStore, EventStore {

    /** The outbox: the messages written with the decisions of every in-memory store. */
    public final InMemoryDeliveries deliveries = new InMemoryDeliveries();

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<UserKey, User> users = new HashMap<>();
    private final Map<UserKey, List<StoredEvent>> events = new HashMap<>();
    private final List<Order> orders = new ArrayList<>();

    private final Map<UserKey, SessionCut> cuts = new HashMap<>();

    /** Records the end of a user's sessions (see {@code SessionCut}). */
    public synchronized void cut(UserKey user, SessionCut cut) {
        cuts.put(user, cut);
    }

    @Override
    public synchronized Optional<User> find(UserKey key) {
        return Optional.ofNullable(users.get(key));
    }

    @Override
    public synchronized Optional<Member> member(UserKey key) {
        return member(key, Optional.empty());
    }

    @Override
    public synchronized Optional<Member> member(UserKey key, Optional<String> subjectId) {
        Optional<Subject> subject = subjectId.map(id -> new Subject(id, UserKey.isId(id)
                ? find(new UserKey(key.accountId(), id)) : Optional.empty()));
        return find(key).flatMap(u -> Optional.ofNullable(accounts.get(key.accountId()))
                .map(a -> new Member(u, a, Optional.ofNullable(cuts.get(key)), subject)));
    }

    @Override
    public synchronized boolean create(User user, Appendix journal) {
        if (!accounts.containsKey(user.accountId()) || users.containsKey(user.key()) || byEmail(user.email()).isPresent()) {
            return false;
        }
        Account account = accounts.get(user.accountId());
        try {
            accounts.put(account.id(), account.withBilling(account.billing().after(SeatChange.between(
                    Optional.empty(), user.license()), Optional.empty())));
        } catch (IllegalArgumentException noFreeSeat) {
            throw new Conflict(ErrorId.NO_LICENSE_AVAILABLE);
        }
        users.put(user.key(), user);
        apply(journal);
        return true;
    }

    @Override
    public synchronized UserPage page(String accountId, UserQuery query) {
        Comparator<User> order = query.sort() == UserQuery.Sort.NAME
                ? Comparator.comparing((User u) -> (u.profile().lastName() + "|" + u.profile().firstName() + "|"
                        + u.email().value()).toLowerCase(Locale.ROOT))
                : Comparator.comparing((User u) -> u.email().value());
        List<User> all = users.values().stream().filter(u -> u.accountId().equals(accountId) && !u.deleted())
                .filter(u -> query.text().map(t -> (u.profile().firstName() + " " + u.profile().lastName() + " "
                        + u.email().value()).toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))).orElse(true))
                .sorted(order.thenComparing(User::id)).toList();
        int from = query.cursor().map(c -> {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(c)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("not a cursor");
        }).orElse(0);
        List<User> page = all.subList(from, Math.min(all.size(), from + query.limit()));
        return new UserPage(page, from + query.limit() < all.size() ? Optional.of(page.getLast().id())
                : Optional.empty());
    }

    @Override
    public synchronized boolean open(Opening opening) {
        Account account = opening.account();
        User administrator = opening.administrator();
        if (accounts.containsKey(account.id()) || users.containsKey(administrator.key())
                || byEmail(administrator.email()).isPresent()) {
            return false;
        }
        accounts.put(account.id(), account);
        users.put(administrator.key(), administrator);
        apply(opening.journal());
        opening.order().ifPresent(orders::add);
        return true;
    }

    /** The orders of every account (kept here so that an opening writes its first one with the rest). */
    synchronized List<Order> orders() {
        return orders;
    }

    @Override
    public synchronized boolean update(User expected, User changed, Appendix journal) {
        User stored = users.get(expected.key());
        if (stored == null || stored.security().version() != expected.security().version()) {
            return false;
        }
        checkHead(journal);
        long admins = users.values().stream().filter(u -> u.accountId().equals(expected.accountId()))
                .filter(User::activeAdministrator).count();
        if (stored.activeAdministrator() && !changed.activeAdministrator() && admins <= 1) {
            throw Conflict.lastAdministrator();
        }
        users.put(changed.key(), changed);
        apply(journal);
        return true;
    }

    @Override
    public synchronized boolean delete(User expected, Appendix journal) {
        User stored = users.get(expected.key());
        if (stored == null || stored.security().version() != expected.security().version()) {
            return false;
        }
        checkHead(journal);
        long admins = users.values().stream().filter(u -> u.accountId().equals(expected.accountId()))
                .filter(User::activeAdministrator).count();
        if (stored.activeAdministrator() && admins <= 1) {
            throw Conflict.lastAdministrator();
        }
        Account account = accounts.get(expected.accountId());
        accounts.put(account.id(), account.withBilling(account.billing().after(SeatChange.between(stored.license(),
                Optional.empty()), Optional.empty())));
        users.put(expected.key(), stored.deletedUser());
        apply(journal);
        return true;
    }

    @Override
    public synchronized int pseudonymise(UserKey user) {
        List<StoredEvent> chain = events.getOrDefault(user, new ArrayList<>());
        int done = 0;
        for (int i = 0; i < chain.size(); i++) {
            StoredEvent e = chain.get(i);
            if (e.salt().isPresent()) {
                Event ev = e.event();
                chain.set(i, new StoredEvent(e.seq(), e.at(), new Event(ev.type(), ev.actor(), ev.subject(),
                        ev.outcome(), ev.reason(), EventChain.PSEUDONYMISED, EventChain.PSEUDONYMISED, ev.requestId(),
                        Map.of()), e.prevHash(), e.prevAt(), e.personalDigest(), Optional.empty(), e.hash(),
                        e.purgeAt()));
                done++;
            }
        }
        return done;
    }

    @Override
    public synchronized void append(Appendix journal) {
        checkHead(journal);
        apply(journal);
    }

    @Override
    public synchronized EventPage page(UserKey user, Instant from, Instant to, Optional<String> cursor, int limit) {
        long before = cursor.map(Long::parseLong).orElse(Long.MAX_VALUE);
        List<StoredEvent> matching = events.getOrDefault(user, List.of()).stream()
                .filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to) && e.seq() < before)
                .sorted(Comparator.comparingLong(StoredEvent::seq).reversed()).toList();
        List<StoredEvent> page = matching.stream().limit(limit).toList();
        return new EventPage(page, matching.size() > limit ? Optional.of(Long.toString(page.getLast().seq()))
                : Optional.empty());
    }

    @Override
    public synchronized List<StoredEvent> chain(UserKey user) {
        return List.copyOf(events.getOrDefault(user, List.of()));
    }

    /** Throws {@link HeadMoved} unless the user's head is the one the appendix expects. */
    synchronized void checkHead(Appendix journal) {
        User user = users.get(journal.chain().key());
        ChainHead actual = user == null ? ChainHead.GENESIS : user.journal();
        if (user != null && actual.seq() != journal.expected().seq()) {
            throw new HeadMoved(actual);
        }
    }

    /**
     * Whether the chain's head may move: its user exists, is not deleted, and still holds the claim on
     * the address (as the DynamoDB store's condition on the claim says).
     */
    synchronized boolean owns(Appendix journal) {
        User user = users.get(journal.chain().key());
        return user != null && !user.deleted() && byEmail(journal.chain().email())
                .filter(u -> u.key().equals(user.key())).isPresent();
    }

    /** Appends the events and moves the head (after {@link #checkHead}). */
    synchronized void apply(Appendix journal) {
        deliveries.write(journal.deliveries());
        if (journal.isEmpty()) {
            return;
        }
        UserKey key = journal.chain().key();
        events.computeIfAbsent(key, k -> new ArrayList<>()).addAll(journal.events());
        User user = users.get(key);
        if (user != null) {
            users.put(key, user.withJournal(journal.next()));
        }
    }

    public synchronized Optional<User> byEmail(EmailAddress email) {
        return users.values().stream().filter(u -> !u.deleted() && u.email().equals(email)).findFirst();
    }

    public synchronized void replace(User user) {
        users.put(user.key(), user);
    }

    synchronized Optional<Account> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    synchronized void putAccount(Account account) {
        accounts.put(account.id(), account);
    }

    /** The users of an account, deleted ones included. */
    synchronized List<User> usersOf(String accountId) {
        return users.values().stream().filter(u -> u.accountId().equals(accountId)).toList();
    }

    /** Creates an account without a user (fixtures add users to it). */
    public synchronized void addAccount(Account account) {
        accounts.put(account.id(), account);
    }
}
