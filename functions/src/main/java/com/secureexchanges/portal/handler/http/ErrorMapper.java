package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.error.MethodNotAllowed;
import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.error.Unavailable;
import com.secureexchanges.portal.core.error.UnsupportedMediaType;
import com.secureexchanges.portal.core.error.Unprocessable;
import com.secureexchanges.portal.core.model.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where domain errors become HTTP: {@code {"error": id, "message": text}} (SPEC X2),
 * the text from the catalogue ({@link ErrorId}) in the caller's language.
 */
public final class ErrorMapper {

    private ErrorMapper() {
    }

    public static int status(PortalException e) {
        return switch (e) {
            case InvalidInput x -> 400;
            case CodeRejected x -> 400;
            case NotAuthenticated x -> 401;
            case Forbidden x -> 403;
            case BrowserMismatch x -> 403;
            case NotFound x -> 404;
            case MethodNotAllowed x -> 405;
            case Conflict x -> 409;
            case LinkInvalid x -> 410;
            case ChallengeInvalid x -> 410;
            case PayloadTooLarge x -> 413;
            case Unprocessable x -> 422;
            case RateLimited x -> 429;
            case Unavailable x -> 503;
            case UnsupportedMediaType x -> 415;
        };
    }

    public static ApiResponse toResponse(PortalException e, Json json, Language language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.id());
        if (e instanceof BrowserMismatch mismatch) {
            body.put("code", mismatch.code());
        }
        if (e instanceof CodeRejected rejected) {
            body.put("attemptsLeft", rejected.attemptsLeft());
        }
        body.put("message", e.message(language));
        if (e instanceof Unprocessable unprocessable) {
            body.putAll(unprocessable.details());
        }
        return ApiResponse.json(status(e), json.write(body));
    }

    public static ApiResponse internalError(Json json, Language language) {
        return ApiResponse.json(500, json.write(Map.of("error", ErrorId.INTERNAL_ERROR.id(),
                "message", ErrorId.INTERNAL_ERROR.text(language, Map.of()))));
    }
}
