package com.secureexchanges.portal.core.twofactor;

/** How storing a new code went; nothing is written unless it is {@link #STORED}. */
public enum SendOutcome {
    STORED,
    /** The number already got its SMS allowance for the day. */
    NUMBER_LIMIT,
    /** Another send happened first, or (enrolment) the last one is too recent. */
    TOO_SOON,
    /** The user's second factor or status changed since the challenge began. */
    USER_CHANGED
}
