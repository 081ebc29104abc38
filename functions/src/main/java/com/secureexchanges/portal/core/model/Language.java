package com.secureexchanges.portal.core.model;

import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks (SPEC X1). */
public enum Language {
    EN, FR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(EN);
            case "fr" -> Optional.of(FR);
            default -> Optional.empty();
        };
    }

    /** First supported language in an Accept-Language header, in the order given (q-values ignored). */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split(",", 12)) {
            String tag = part.split(";", 2)[0].strip();
            Optional<Language> language = fromCode(tag.length() >= 2 ? tag.substring(0, 2) : tag);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
