package com.secureexchanges.portal.config;

/** Where structured log lines go (stdout in Lambda). Receives only what the request log writes. */
@FunctionalInterface
public interface LogSink {

    void write(String jsonLine);
}
