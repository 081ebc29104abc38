package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import java.util.List;

/**
 * The email a new user gets (SPEC U1): who added them and how to log in, in EN or FR. Composes only.
 * The organisation's name is an administrator's text: it stays out of the subject and is quoted in
 * the body, so the email cannot be made to look like someone else's.
 */
public final class WelcomeEmails {

    private final String product;
    private final String siteUrl;

    public WelcomeEmails(String productName, String siteUrl) {
        this.product = productName;
        this.siteUrl = siteUrl;
    }

    public OutgoingEmail welcome(EmailAddress to, Language language, String organization) {
        String subject;
        String[] lines;
        switch (language) {
            case FR -> {
                subject = "Vous avez été ajouté à " + product;
                lines = new String[] {
                    "Un administrateur de l'organisation « " + organization + " » vous a ajouté à " + product + ".",
                    "Pour vous connecter, ouvrez " + siteUrl + ", entrez cette adresse courriel et le code anti-robot"
                            + " affiché, puis ouvrez le lien reçu par courriel dans le même navigateur.",
                    "Aucun mot de passe n'est nécessaire. Si vous ne connaissez pas cette organisation, ignorez ce "
                            + "courriel."};
            }
            default -> {
                subject = "You were added to " + product;
                lines = new String[] {
                    "An administrator of the organization “" + organization + "” added you to " + product + ".",
                    "To log in, open " + siteUrl + ", enter this email address and the anti-robot code shown, "
                            + "then open the link you receive by email in the same browser.",
                    "No password is needed. If you do not know this organization, you can ignore this email."};
            }
        }
        return OutgoingEmail.paragraphs(to, language, subject, List.of(lines));
    }
}
