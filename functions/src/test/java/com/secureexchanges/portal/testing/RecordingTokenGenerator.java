package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.adapter.crypto.SecureRandomTokenGenerator;
import com.secureexchanges.portal.core.port.TokenGenerator;

/** Real random tokens, remembering the last digits drawn (the last captcha's answer) and the last token. */
public final class RecordingTokenGenerator implements TokenGenerator {

    private final TokenGenerator real = new SecureRandomTokenGenerator();
    private volatile String lastDigits;
    private volatile String lastToken;

    @Override
    public String token() {
        lastToken = real.token();
        return lastToken;
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public String digits(int count) {
        lastDigits = real.digits(count);
        return lastDigits;
    }

    public String lastDigits() {
        return lastDigits;
    }

    /** The last token drawn (by a sign-in or sign-up request: the link's, after the binding's). */
    public String lastToken() {
        return lastToken;
    }
}
