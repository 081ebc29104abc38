package com.secureexchanges.portal.core.domain;

import com.google.common.net.InternetDomainName;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email domain an account can claim (SPEC U4): lower case, ASCII (an internationalised name in its
 * {@code xn--} form, as addresses are), no trailing dot, at least two labels. Whether it is a public
 * suffix is asked of the public-suffix list Guava maintains, never of a hand-made list.
 */
public record DomainName(String value) {

    public static final String RECORD_PREFIX = "_secure-exchanges-challenge.";
    public static final String VALUE_PREFIX = "secure-exchanges-verification=";
    /** 253, the most a DNS name holds, less the record's prefix: the record must fit too. */
    private static final int MAX_LENGTH = 253 - RECORD_PREFIX.length();
    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public DomainName {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.substring(value.lastIndexOf('.') + 1).matches("[0-9]+") || !InternetDomainName.isValid(value)) {
            throw new InvalidInput(ErrorId.INVALID_DOMAIN);
        }
    }

    /** Normalises what a person typed ({@code Example.COM.}, {@code bücher.de}) and validates it. */
    public static DomainName parse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH + 1) {
            throw new InvalidInput(ErrorId.INVALID_DOMAIN);
        }
        String name = raw.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        try {
            name = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            throw new InvalidInput(ErrorId.INVALID_DOMAIN);
        }
        return new DomainName(name);
    }

    /**
     * Whether the name is a public suffix or not under one ({@code com}, {@code co.uk}, {@code github.io}):
     * nobody's organisation, so nobody may claim it.
     */
    public boolean isPublicSuffix() {
        InternetDomainName name = InternetDomainName.from(value);
        return name.isPublicSuffix() || !name.isUnderPublicSuffix();
    }

    /** Where the account publishes its token: {@code _secure-exchanges-challenge.<domain>}. */
    public String recordName() {
        return RECORD_PREFIX + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
