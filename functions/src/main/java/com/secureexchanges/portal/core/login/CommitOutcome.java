package com.secureexchanges.portal.core.login;

/** How committing a {@link LoginAttempt} went; nothing is written unless it is {@link #RECORDED}. */
public enum CommitOutcome {
    RECORDED,
    /** The per-IP window is full. */
    IP_LIMITED,
    /** The captcha had already been used. */
    CAPTCHA_REUSED,
    /** Another request for the same address committed first. */
    ADDRESS_RACE
}
