package com.secureexchanges.portal.core.port;

/**
 * What the portal counts (SPEC X6), each under the name CloudWatch shows. Adding one here adds it to
 * the metric lines; the dashboard and alarms name the ones they draw.
 */
public enum Metric {
    /** A sign-in link request answered (every one, whatever the address or captcha). */
    LOGIN_REQUESTS("LoginRequests"),
    /** A sign-in link decided and recorded: 0 or 1 on each {@link #LOGIN_REQUESTS} line. */
    LINKS_SENT("LinksSent"),
    /** A link (sign-in or sign-up) opened in a browser that does not hold its binding. */
    ERROR_2("Error2"),
    /** A session opened by signing in (after the SMS code where there is one). */
    LOGINS("Logins"),
    /** A sign-in SMS code issued (the first one and each resend). */
    CODES_SENT("TwoFactorCodesSent"),
    /** A wrong or expired sign-in code typed. */
    CODES_FAILED("TwoFactorCodesFailed"),
    /** A sign-in challenge locked by its last wrong code. */
    CODES_LOCKED("TwoFactorLocked"),
    /** An email handed to the mail provider. */
    EMAILS_SENT("EmailsSent"),
    /** An email the mail provider refused or could not take. */
    EMAILS_FAILED("EmailsFailed"),
    /** An SMS handed to the SMS provider. */
    SMS_SENT("SmsSent"),
    /** An SMS the provider refused or could not take. */
    SMS_FAILED("SmsFailed"),
    /** An email or SMS the provider refused or could not take. */
    DELIVERIES_FAILED("DeliveriesFailed");

    private final String metricName;

    Metric(String metricName) {
        this.metricName = metricName;
    }

    /** The name in CloudWatch. */
    public String metricName() {
        return metricName;
    }
}
