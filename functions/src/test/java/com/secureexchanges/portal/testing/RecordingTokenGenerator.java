package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.adapter.crypto.SecureRandomTokenGenerator;
import com.secureexchanges.portal.core.port.TokenGenerator;

/** Real random tokens, remembering the last digits drawn (the last captcha's answer). */
public final class RecordingTokenGenerator implements TokenGenerator {

    private final TokenGenerator real = new SecureRandomTokenGenerator();
    private volatile String lastDigits;

    @Override
    public String token() {
        return real.token();
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
}
