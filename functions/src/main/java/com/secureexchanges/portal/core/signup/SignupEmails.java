package com.secureexchanges.portal.core.signup;

import static com.secureexchanges.portal.core.port.OutgoingEmail.escape;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The sign-up emails, in EN and FR (SPEC A2). Composes only; delivery is the mail sender's. */
public final class SignupEmails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String product;

    public SignupEmails(String productName) {
        this.product = productName;
    }

    /** The same-browser link to review and confirm the first purchase. */
    public OutgoingEmail confirmLink(EmailAddress to, Language language, String organization, String url,
                                     Instant requestedAt, String browser, Duration ttl) {
        String when = WHEN.format(requestedAt);
        long minutes = ttl.toMinutes();
        String[] lines = switch (language) {
            case EN -> new String[] {
                "Confirm your purchase of " + product,
                "Someone asked on " + when + ", from " + browser + ", to buy " + product + " licences for “"
                        + organization + "” with this address.",
                "Review and confirm your order",
                "Open the link in the same browser you used to ask. It works once, for " + minutes + " minutes.",
                "If you did not ask for it, ignore this email: nothing is bought and no account is opened without it."};
            case FR -> new String[] {
                "Confirmez votre achat de " + product,
                "L’achat de licences " + product + " pour « " + organization + " » a été demandé avec cette adresse le "
                        + when + ", depuis " + browser.replace(" on ", " sous ") + ".",
                "Vérifier et confirmer votre commande",
                "Ouvrez le lien dans le même navigateur que celui de la demande. Il fonctionne une seule fois, pendant "
                        + minutes + " minutes.",
                "Si vous n’avez rien demandé, ignorez ce courriel : rien n’est acheté et aucun compte n’est ouvert "
                        + "sans lui."};
        };
        String text = lines[1] + "\n\n" + lines[2] + "\n" + url + "\n\n" + lines[3] + "\n\n" + lines[4] + "\n";
        String html = "<!doctype html><html lang=\"" + language.code() + "\"><body>"
                + "<p>" + escape(lines[1]) + "</p>"
                + "<p><a href=\"" + escape(url) + "\">" + escape(lines[2]) + "</a></p>"
                + "<p>" + escape(lines[3]) + "</p><p>" + escape(lines[4]) + "</p></body></html>";
        return new OutgoingEmail(to, lines[0], text, html, true);
    }

    /** To an address that already belongs to a user: log in instead; no second account. */
    public OutgoingEmail alreadyAUser(EmailAddress to, Language language, Instant requestedAt, String siteUrl) {
        String when = WHEN.format(requestedAt);
        return switch (language) {
            case EN -> OutgoingEmail.paragraphs(to, language, "Your " + product + " account", List.of(
                    "Someone asked on " + when + " to buy " + product + " licences with this address, which already "
                            + "has an account. Nothing was bought and no second account was opened.",
                    "To use your account, log in at " + siteUrl + ". Your organisation's administrators can add "
                            + "licences in “Management of licenses and Purchases”.",
                    "If it was not you, you can ignore this email."));
            case FR -> OutgoingEmail.paragraphs(to, language, "Votre compte " + product, List.of(
                    "L’achat de licences " + product + " a été demandé le " + when + " avec cette adresse, qui a "
                            + "déjà un compte. Rien n’a été acheté et aucun second compte n’a été ouvert.",
                    "Pour utiliser votre compte, connectez-vous à " + siteUrl + ". Les administrateurs de votre "
                            + "organisation peuvent ajouter des licences dans « Gestion des licences et achats ».",
                    "Si ce n’était pas vous, ignorez ce courriel."));
        };
    }

    /** To an address on a domain another account has approved: ask its administrators; no second account. */
    public OutgoingEmail askYourAdministrators(EmailAddress to, Language language, Instant requestedAt) {
        String when = WHEN.format(requestedAt);
        return switch (language) {
            case EN -> OutgoingEmail.paragraphs(to, language, "Licences for " + product, List.of(
                    "Someone asked on " + when + " to buy " + product + " licences with this address. Your "
                            + "organisation already has an account for " + to.domain() + ": all its users are "
                            + "grouped in that account, so no second one was opened and nothing was bought.",
                    "Ask your organisation's " + product + " administrators for a licence. They have been told that "
                            + "someone asked.",
                    "If it was not you, you can ignore this email."));
            case FR -> OutgoingEmail.paragraphs(to, language, "Licences " + product, List.of(
                    "L’achat de licences " + product + " a été demandé le " + when + " avec cette adresse. Votre "
                            + "organisation a déjà un compte pour " + to.domain() + " : tous ses utilisateurs y sont "
                            + "regroupés, aucun second compte n’a donc été ouvert et rien n’a été acheté.",
                    "Demandez une licence aux administrateurs " + product + " de votre organisation. Ils ont été "
                            + "avertis de la demande.",
                    "Si ce n’était pas vous, ignorez ce courriel."));
        };
    }

    /** To the administrators of the account that approved the domain: someone of theirs asked. */
    public OutgoingEmail someoneAsked(EmailAddress to, Language language, EmailAddress asker, Instant requestedAt,
                                      String siteUrl) {
        String when = WHEN.format(requestedAt);
        return switch (language) {
            case EN -> OutgoingEmail.paragraphs(to, language, "Someone at " + asker.domain() + " asked for "
                    + product + " licences", List.of(
                    "On " + when + ", someone tried to buy " + product + " licences with the address "
                            + asker.value() + ". The domain " + asker.domain() + " belongs to your organisation's "
                            + "account, so no other account was opened.",
                    "If this person needs a licence, add them in “Users” and assign one from “Management of licenses "
                            + "and Purchases” at " + siteUrl + ".",
                    "You get at most a few of these notices an hour."));
            case FR -> OutgoingEmail.paragraphs(to, language, "Demande de licences " + product + " pour "
                    + asker.domain(), List.of(
                    "Le " + when + ", l’achat de licences " + product + " a été tenté avec l’adresse " + asker.value()
                            + ". Le domaine " + asker.domain() + " appartient au compte de votre organisation : "
                            + "aucun autre compte n’a été ouvert.",
                    "Si cette personne a besoin d’une licence, ajoutez-la dans « Utilisateurs » et attribuez-lui "
                            + "une licence depuis « Gestion des licences et achats » sur " + siteUrl + ".",
                    "Vous recevez au plus quelques avis de ce type par heure."));
        };
    }
}
