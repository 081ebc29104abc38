package com.secureexchanges.portal.core.error;

import com.secureexchanges.portal.core.model.Language;
import java.util.Map;

/**
 * A failure the caller can be told about: an {@link ErrorId} from the catalogue (and its argument,
 * if its text names one). The HTTP status is decided in exactly one place, the handler layer's
 * error mapper, from the subtype.
 */
public abstract sealed class PortalException extends RuntimeException
        permits InvalidInput, PayloadTooLarge, NotAuthenticated, Forbidden, BrowserMismatch, LinkInvalid, RateLimited,
                NotFound, MethodNotAllowed, CodeRejected, ChallengeInvalid, Conflict, Unprocessable,
                Unavailable, UnsupportedMediaType {

    private final ErrorId error;
    private final Map<String, String> arguments;

    protected PortalException(ErrorId error, Map<String, String> arguments) {
        super(error.text(Language.EN, arguments), null, false, false);
        this.error = error;
        this.arguments = Map.copyOf(arguments);
    }

    protected PortalException(ErrorId error) {
        this(error, Map.of());
    }

    /** The stable error id, e.g. {@code link_invalid}. */
    public String id() {
        return error.id();
    }

    public ErrorId error() {
        return error;
    }

    /** The text for the person, in their language. */
    public String message(Language language) {
        return error.text(language, arguments);
    }
}
