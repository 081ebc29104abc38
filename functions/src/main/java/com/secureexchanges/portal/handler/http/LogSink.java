package com.secureexchanges.portal.handler.http;

/** Where structured log lines go (stdout in Lambda). Receives only what {@link RequestLog} writes. */
@FunctionalInterface
public interface LogSink {

    void write(String jsonLine);
}
