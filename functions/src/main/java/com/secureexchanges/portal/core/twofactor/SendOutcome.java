package com.secureexchanges.portal.core.twofactor;

/** How storing a new code went; nothing is written unless it is {@link #STORED}. */
public enum SendOutcome {
    STORED,
    /** The number already got its SMS allowance for the day (or, at sign-in, this user's for it). */
    NUMBER_LIMIT,
    /** The user or the account already proved as many numbers as a day allows. */
    ENROLMENT_LIMIT,
    /** Another send happened first, or (enrolment) the last one is too recent. */
    TOO_SOON,
    /** The user's second factor or status changed since the challenge began. */
    USER_CHANGED
}
