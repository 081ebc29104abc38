package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Security notices about changes that could take an account over (SPEC: sensitive changes need a
 * notice to the person): the person concerned and every other active administrator are told who did
 * what, and when. A stolen administrator session cannot act unseen.
 */
public final class AdminNotices {

    /** What happened to the person. */
    public enum Change { ADDED_AS_ADMINISTRATOR, MADE_ADMINISTRATOR, ADMINISTRATOR_ROLE_REMOVED, SUSPENDED,
        REACTIVATED, DELETED, SECOND_FACTOR_CHANGED }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_PAGES = 20;
    /** How many imported administrators a notice names before "and N more". */
    private static final int NAMED = 10;

    private final UserDirectory users;
    private final Mailroom mailroom;
    private final String product;
    private final Clock clock;

    public AdminNotices(UserDirectory users, Mailroom mailroom, String productName, Clock clock) {
        this.users = users;
        this.mailroom = mailroom;
        this.product = productName;
        this.clock = clock;
    }

    /** Tells {@code subject} and the account's other active administrators (the actor aside). */
    public void tell(Caller admin, User subject, Change change) {
        tell(admin, subject, change, language -> "");
    }

    /** The same, saying in each recipient's language what changed ({@code detail}, empty for nothing more). */
    public void tell(Caller admin, User subject, Change change, Function<Language, String> detail) {
        Map<String, User> recipients = new LinkedHashMap<>();
        recipients.put(subject.id(), subject);
        for (User other : administrators(admin.account().id())) {
            if (!other.id().equals(admin.user().id())) {
                recipients.putIfAbsent(other.id(), other);
            }
        }
        String when = WHEN.format(clock.instant());
        mailroom.post(recipients.values().stream().filter(to -> !to.deleted())
                .map(to -> compose(to, admin.user(), subject, change, when + detailed(detail.apply(to.profile().language()))))
                .toList());
    }

    /**
     * After an import that created {@code added} administrators: each of them is told, as by {@link #tell},
     * and each other active administrator (the actor aside) gets one notice naming them all.
     */
    public void tellImported(Caller admin, List<User> added) {
        if (added.isEmpty()) {
            return;
        }
        String when = WHEN.format(clock.instant());
        List<OutgoingEmail> out = new ArrayList<>();
        added.forEach(subject -> out.add(compose(subject, admin.user(), subject, Change.ADDED_AS_ADMINISTRATOR, when)));
        List<String> ids = added.stream().map(User::id).toList();
        for (User other : administrators(admin.account().id())) {
            if (!other.id().equals(admin.user().id()) && !ids.contains(other.id()) && !other.deleted()) {
                out.add(composeImported(other, admin.user(), added, when));
            }
        }
        mailroom.post(out);
    }

    /** The account's active administrators (at most the first thousand, by name). */
    public List<User> activeAdministrators(String accountId) {
        return administrators(accountId).stream().filter(u -> !u.deleted()).toList();
    }

    private List<User> administrators(String accountId) {
        List<User> found = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            UserPage users = this.users.page(accountId, new UserQuery(Optional.empty(), UserQuery.Sort.NAME, cursor, 50));
            users.users().stream().filter(User::activeAdministrator).forEach(found::add);
            cursor = users.cursor();
            if (cursor.isEmpty()) {
                break;
            }
        }
        return found;
    }

    private OutgoingEmail compose(User to, User actor, User subject, Change change, String when) {
        boolean fr = to.profile().language() == Language.FR;
        String who = name(actor);
        String whom = name(subject);
        String what = fr ? switch (change) {
            case ADDED_AS_ADMINISTRATOR -> who + " a ajouté " + whom + " comme administrateur";
            case MADE_ADMINISTRATOR -> who + " a fait de " + whom + " un administrateur";
            case ADMINISTRATOR_ROLE_REMOVED -> who + " a retiré le rôle d'administrateur à " + whom;
            case SUSPENDED -> who + " a suspendu " + whom;
            case REACTIVATED -> who + " a réactivé " + whom;
            case DELETED -> who + " a supprimé " + whom;
            case SECOND_FACTOR_CHANGED -> who + " a changé l'authentification à deux facteurs de " + whom;
        } : switch (change) {
            case ADDED_AS_ADMINISTRATOR -> who + " added " + whom + " as an administrator";
            case MADE_ADMINISTRATOR -> who + " made " + whom + " an administrator";
            case ADMINISTRATOR_ROLE_REMOVED -> who + " removed the administrator role of " + whom;
            case SUSPENDED -> who + " suspended " + whom;
            case REACTIVATED -> who + " reactivated " + whom;
            case DELETED -> who + " deleted " + whom;
            case SECOND_FACTOR_CHANGED -> who + " changed the two-factor authentication of " + whom;
        };
        String body = fr
                ? what + " le " + when + ". Si ce changement n'était pas prévu, connectez-vous et vérifiez les "
                        + "utilisateurs de votre organisation, ou prévenez un autre administrateur."
                : what + " on " + when + ". If you did not expect this change, sign in and check the users of "
                        + "your organization, or tell another administrator.";
        return email(to, fr, body);
    }

    private OutgoingEmail composeImported(User to, User actor, List<User> added, String when) {
        boolean fr = to.profile().language() == Language.FR;
        String names = String.join(", ", added.stream().limit(NAMED).map(AdminNotices::name).toList())
                + (added.size() > NAMED ? (fr ? " et " : " and ") + (added.size() - NAMED) + (fr ? " autres" : " more")
                : "");
        String body = fr
                ? name(actor) + " a importé " + added.size() + " administrateur(s) : " + names + ", le " + when
                        + ". Si ce changement n'était pas prévu, connectez-vous et vérifiez les utilisateurs de "
                        + "votre organisation, ou prévenez un autre administrateur."
                : name(actor) + " imported " + added.size() + " administrator(s): " + names + ", on " + when
                        + ". If you did not expect this change, sign in and check the users of your organization, "
                        + "or tell another administrator.";
        return email(to, fr, body);
    }

    private OutgoingEmail email(User to, boolean fr, String body) {
        String subjectLine = fr ? "Avis de sécurité de " + product : "Security notice from " + product;
        return OutgoingEmail.paragraphs(to.email(), to.profile().language(), subjectLine, List.of(body));
    }

    private static String detailed(String detail) {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }

    private static String name(User user) {
        String full = (user.profile().firstName() + " " + user.profile().lastName()).strip();
        return full.isEmpty() ? user.email().value() : full + " (" + user.email().value() + ")";
    }

}
