package com.secureexchanges.portal.core.audit;

import java.util.Locale;

/** Whether the decision an event records went the person's way. */
public enum Outcome {
    SUCCESS, FAILURE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
