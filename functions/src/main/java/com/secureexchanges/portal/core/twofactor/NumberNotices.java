package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingMessage;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.user.User;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tells a person that the number their sign-in codes go to was replaced (SPEC M1): by email, and by SMS
 * to the old number, so that someone who moved them to another phone cannot do it unseen.
 */
public final class NumberNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailroom mailroom;
    private final String product;
    private final Clock clock;

    public NumberNotices(Mailroom mailroom, String productName, Clock clock) {
        this.mailroom = mailroom;
        this.product = productName;
        this.clock = clock;
    }

    /**
     * What tells {@code user} (as they were before the change) that their proven number is replaced by
     * {@code now}, by email and on the old number, to be written with the change; nothing when they
     * had no other proven number.
     */
    public List<Delivery> numberReplaced(User user, PhoneNumber now) {
        return user.security().verifiedMobile().filter(old -> !old.equals(now))
                .map(old -> mailroom.wrap(messages(user, old, now))).orElse(List.of());
    }

    private List<OutgoingMessage> messages(User user, PhoneNumber old, PhoneNumber now) {
        boolean fr = user.profile().language() == Language.FR;
        String when = WHEN.format(clock.instant());
        String text = fr
                ? "Le numéro de mobile qui reçoit vos codes de connexion " + product + " est passé de " + old.masked()
                        + " à " + now.masked() + " le " + when + ". Si ce n'était pas vous, prévenez sans tarder "
                        + "un administrateur de votre organisation."
                : "The mobile number that receives your " + product + " sign-in codes was changed from "
                        + old.masked() + " to " + now.masked() + " on " + when + ". If this was not you, tell an "
                        + "administrator of your organization at once.";
        String subject = fr ? "Votre numéro de mobile a changé" : "Your mobile number was changed";
        OutgoingEmail email = OutgoingEmail.paragraphs(user.email(), user.profile().language(), subject, List.of(text));
        String toOldNumber = fr
                ? product + " : vos codes de connexion vont désormais au " + now.masked()
                        + ". Si ce n'était pas vous, prévenez votre administrateur."
                : product + ": your sign-in codes now go to " + now.masked()
                        + ". If this was not you, tell your administrator.";
        return List.of(email, new OutgoingSms(old, toOldNumber));
    }
}
