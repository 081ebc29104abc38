package com.secureexchanges.portal.core.login;

import static com.secureexchanges.portal.core.port.OutgoingEmail.escape;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The sign-in emails, in EN and FR (SPEC L5, L8). Composes only; delivery is the mail sender's. */
public final class LoginEmails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String product;

    public LoginEmails(String productName) {
        this.product = productName;
    }

    /** The link's title as users know it: "Use Secure Exchanges online." */
    public String linkTitle(Language language) {
        return switch (language) {
            case EN -> "Use " + product + " online.";
            case FR -> "Utiliser " + product + " en ligne.";
        };
    }

    public OutgoingEmail signInLink(EmailAddress to, Language language, String url, Instant requestedAt,
                                    String browser, Duration ttl) {
        String when = WHEN.format(requestedAt);
        long minutes = ttl.toMinutes();
        String title = linkTitle(language);
        String[] lines = switch (language) {
            case EN -> new String[] {
                "Your sign-in link for " + product,
                "Someone asked to sign in to " + product + " with this address on " + when + ", from " + browser + ".",
                "Open the link in the same browser you used to request it. It works once, for " + minutes
                        + " minutes.",
                "If you did not ask for it, you can ignore this email: nobody can sign in without it."};
            case FR -> new String[] {
                "Votre lien de connexion à " + product,
                "Une connexion à " + product + " a été demandée avec cette adresse le " + when + ", depuis "
                        + frenchBrowser(browser) + ".",
                "Ouvrez le lien dans le même navigateur que celui de la demande. Il fonctionne une seule fois, pendant "
                        + minutes + " minutes.",
                "Si vous n'avez rien demandé, ignorez ce courriel : personne ne peut se connecter sans lui."};
        };
        String text = lines[1] + "\n\n" + title + "\n" + url + "\n\n" + lines[2] + "\n\n" + lines[3] + "\n";
        String html = "<!doctype html><html lang=\"" + language.code() + "\"><body>"
                + "<p>" + escape(lines[1]) + "</p>"
                + "<p><a href=\"" + escape(url) + "\">" + escape(title) + "</a></p>"
                + "<p>" + escape(lines[2]) + "</p><p>" + escape(lines[3]) + "</p></body></html>";
        return new OutgoingEmail(to, lines[0], text, html, true);
    }

    public OutgoingEmail noAccount(EmailAddress to, Language language, Instant requestedAt, String siteUrl) {
        String when = WHEN.format(requestedAt);
        String subject;
        String body;
        switch (language) {
            case FR -> {
                subject = "Demande de connexion à " + product;
                body = "Une connexion à " + product + " a été demandée avec cette adresse le " + when
                        + ", mais aucun compte n'utilise cette adresse. Si c'était vous, demandez à "
                        + "l'administrateur de votre organisation de vous ajouter. Sinon, ignorez ce courriel.";
            }
            default -> {
                subject = "Sign-in request for " + product;
                body = "Someone asked to sign in to " + product + " with this address on " + when
                        + ", but no account uses this address. If it was you, ask your organisation's administrator "
                        + "to add you. Otherwise, you can ignore this email.";
            }
        }
        String html = "<!doctype html><html lang=\"" + language.code() + "\"><body><p>" + escape(body) + "</p><p>"
                + escape(siteUrl) + "</p></body></html>";
        return new OutgoingEmail(to, subject, body + "\n\n" + siteUrl + "\n", html, false);
    }

    private static String frenchBrowser(String browser) {
        return browser.replace(" on ", " sous ").replace("an unknown browser", "un navigateur inconnu")
                .replace("an unknown system", "un système inconnu");
    }

}
