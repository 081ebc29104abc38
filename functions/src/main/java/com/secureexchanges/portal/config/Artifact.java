package com.secureexchanges.portal.config;

import java.util.EnumSet;
import java.util.Set;

/**
 * The shaded jars functions run from, one per set of optional {@link Library libraries} (each built by an
 * execution of the shade plugin in functions/pom.xml). A function runs from the jar with exactly the
 * libraries its routes load: less to download and unpack at a cold start, and a smaller SnapStart
 * snapshot. To give a new function family its own set, add a constant here and an execution there.
 */
public enum Artifact {
    /** The phone-number rules only: the sign-in, session, account and licence functions. */
    BASE("functions.jar", Library.PHONE_RULES),
    /** SES and SNS: the deliveries function (requests write their messages to the outbox). */
    MAIL_SMS("functions-mail-sms.jar", Library.SES, Library.SNS),
    CSV("functions-csv.jar", Library.CSV, Library.PHONE_RULES),
    /** The domain function: dnsjava and Guava's public-suffix list. */
    DNS("functions-dns.jar", Library.DNS, Library.PHONE_RULES);

    private final String fileName;
    private final Set<Library> libraries;

    Artifact(String fileName, Library... libraries) {
        this.fileName = fileName;
        this.libraries = libraries.length == 0 ? EnumSet.noneOf(Library.class) : EnumSet.of(libraries[0], libraries);
    }

    /** The jar's name in {@code functions/target}. */
    public String fileName() {
        return fileName;
    }

    /** The optional libraries it holds. */
    public Set<Library> libraries() {
        return EnumSet.copyOf(libraries);
    }

    /** The jar holding exactly these libraries. */
    public static Artifact of(Set<Library> wanted) {
        for (Artifact artifact : values()) {
            if (artifact.libraries.equals(wanted)) {
                return artifact;
            }
        }
        throw new IllegalArgumentException("no jar holds exactly " + wanted
                + ": add one here and in functions/pom.xml");
    }

    /**
     * The jar of a function that sends mail and SMS as given and needs no other optional library. A function
     * behind API Gateway (sending nothing: requests write to the outbox) takes numbers people type, so it holds
     * the phone-number rules; a sending one delivers what was checked when it was written.
     */
    public static Artifact sending(boolean mail, boolean sms) {
        Set<Library> wanted = EnumSet.noneOf(Library.class);
        if (!mail && !sms) {
            wanted.add(Library.PHONE_RULES);
        }
        if (mail) {
            wanted.add(Library.SES);
        }
        if (sms) {
            wanted.add(Library.SNS);
        }
        return of(wanted);
    }
}
