package com.secureexchanges.portal.core.port;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import java.util.List;

/**
 * A rendered email. {@code sensitive} mail carries a secret link: senders must not track clicks on
 * it (no redirect through another domain) and must never log its body.
 */
public record OutgoingEmail(EmailAddress to, String subject, String text, String html, boolean sensitive)
        implements OutgoingMessage {

    /** An email of plain paragraphs and nothing secret: the text, and the same paragraphs as escaped HTML. */
    public static OutgoingEmail paragraphs(EmailAddress to, Language language, String subject, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"" + language.code() + "\"><body>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        html.append("</body></html>");
        return new OutgoingEmail(to, subject, String.join("\n\n", paragraphs) + "\n", html.toString(), false);
    }

    /** Text made safe to place in HTML, in an element or an attribute. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
