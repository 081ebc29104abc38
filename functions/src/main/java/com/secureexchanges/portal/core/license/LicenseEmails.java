package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.user.User;
import java.util.List;

/**
 * The email a user gets when a licence is assigned to them (SPEC A5; assigned, changed to another plan or
 * transferred to them), in their language. Composes only.
 */
public final class LicenseEmails {

    private final String product;
    private final String siteUrl;

    public LicenseEmails(String productName, String siteUrl) {
        this.product = productName;
        this.siteUrl = siteUrl;
    }

    public OutgoingEmail assigned(User user, Plan plan) {
        Language language = user.profile().language();
        String name = plan.name(language);
        return switch (language) {
            case FR -> OutgoingEmail.paragraphs(user.email(), language, "Votre licence " + product + " : " + name,
                    List.of("Un administrateur de votre organisation vous a attribué une licence " + product + " « "
                                    + name + " ». Elle est active dès maintenant.",
                            "Vous la trouverez dans Mon compte, sous « Détails de la licence » : " + siteUrl
                                    + "/account"));
            default -> OutgoingEmail.paragraphs(user.email(), language, "Your " + product + " license: " + name,
                    List.of("An administrator of your organization assigned you a " + product + " license “" + name
                                    + "”. It is active now.",
                            "You can see it in My account, under License details: " + siteUrl + "/account"));
        };
    }
}
