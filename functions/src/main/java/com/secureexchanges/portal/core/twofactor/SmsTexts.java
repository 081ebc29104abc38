package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingSms;
import java.net.URI;

/**
 * The SMS the portal sends (SPEC M3), in EN and FR. The last line binds the code to the site's
 * host ({@code @host #code}), so browsers that autofill codes offer it only on the right site.
 */
public final class SmsTexts {

    private final String product;
    private final String host;

    public SmsTexts(String productName, String siteUrl) {
        this.product = productName;
        this.host = URI.create(siteUrl).getHost();
    }

    public OutgoingSms code(PhoneNumber to, Language language, String code) {
        String first = switch (language) {
            case EN -> "Your " + product + " code: " + code;
            case FR -> "Votre code " + product + " : " + code;
        };
        return new OutgoingSms(to, first + "\n\n@" + host + " #" + code);
    }
}
