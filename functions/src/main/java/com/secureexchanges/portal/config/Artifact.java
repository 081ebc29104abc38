package com.secureexchanges.portal.config;

/**
 * The shaded jars functions run from (built by the functions module's pom). Libraries only one
 * function needs stay out of the others' jar: they load faster and ship less.
 */
public enum Artifact {
    /** Every function but the DNS one: no Guava, no dnsjava. */
    CORE("functions.jar"),
    /** The domain function: the core plus dnsjava and Guava's public-suffix list. */
    DNS("functions-dns.jar");

    private final String fileName;

    Artifact(String fileName) {
        this.fileName = fileName;
    }

    /** The jar's name in {@code functions/target}. */
    public String fileName() {
        return fileName;
    }
}
