package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.domain.DomainDirectory;
import com.secureexchanges.portal.core.port.TokenGenerator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What adding a user means, one at a time ("Add a user", SPEC U1) or many (the CSV import, U2): the
 * domain rule, the user as created, the values their first event records and the welcome email.
 */
public final class NewUsers {

    private final DomainDirectory domains;
    private final UserPolicy policy;
    private final TokenGenerator tokens;
    private final Mailroom mailroom;
    private final WelcomeEmails emails;

    public NewUsers(DomainDirectory domains, UserPolicy policy, TokenGenerator tokens, Mailroom mailroom,
                    WelcomeEmails emails) {
        this.domains = domains;
        this.policy = policy;
        this.tokens = tokens;
        this.mailroom = mailroom;
        this.emails = emails;
    }

    /** Whether the account may add users at {@code domain}: a public mail domain, or one it approved. */
    public boolean domainAllowed(String accountId, String domain) {
        return policy.isPublic(domain) || domains.approvedBy(domain).filter(accountId::equals).isPresent();
    }

    /** {@link #domainAllowed} for many addresses of one account, reading each domain once. */
    public Predicate<String> domainRule(String accountId) {
        Map<String, Boolean> known = new HashMap<>();
        return domain -> known.computeIfAbsent(domain, d -> domainAllowed(accountId, d));
    }

    /** A new, active user of the account with a fresh id; their mobile number, if any, is not verified yet. */
    public User user(String accountId, NewUser input) {
        return new User(tokens.id(), accountId, input.email(), input.profile(), input.role(), true,
                new Security(input.mobile(), false, false, 1));
    }

    /** The values an addition records (SPEC E1): address, names, role, language, time zone, mobile (masked). */
    public static Map<String, String> values(User user) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("email", user.email().value());
        values.put("firstName", user.profile().firstName());
        values.put("lastName", user.profile().lastName());
        values.put("role", user.role().id());
        values.put("language", user.profile().language().code());
        values.put("timeZone", user.profile().timeZone());
        user.security().mobile().ifPresent(m -> values.put("mobile", m.masked()));
        return values;
    }

    /**
     * What the addition of {@code user} sends, to be written with it: the email that tells them how to log
     * in, and the one of the licence they hold, if any.
     */
    public List<Delivery> welcome(User user, String organization, Optional<OutgoingEmail> licence) {
        List<OutgoingEmail> out = new ArrayList<>();
        out.add(emails.welcome(user.email(), user.profile().language(), organization));
        licence.ifPresent(out::add);
        return mailroom.wrap(out);
    }
}
