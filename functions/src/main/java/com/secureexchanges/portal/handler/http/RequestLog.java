package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.config.LogSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON line per request: route, status, error id, latency, request id (SPEC X6), and
 * {@code "origin":"refused"} when the CloudFront origin header matched no accepted value. Nothing from
 * the request body, cookies, headers or query ever reaches it, so tokens, codes and links cannot be logged.
 */
public final class RequestLog {

    private final LogSink sink;
    private final Json json;

    public RequestLog(LogSink sink, Json json) {
        this.sink = sink;
        this.json = json;
    }

    public void request(String route, int status, String errorId, long latencyMs, String requestId,
                        boolean refusedOrigin) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("route", route);
        line.put("status", status);
        if (errorId != null) {
            line.put("error", errorId);
        }
        line.put("latencyMs", latencyMs);
        line.put("requestId", requestId);
        if (refusedOrigin) {
            line.put("origin", "refused");
        }
        sink.write(json.write(line));
    }

    /** An unexpected failure: its type and stack trace, for the operator only. */
    public void failure(String route, String requestId, RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("route", route);
        line.put("requestId", requestId);
        line.put("exception", trace.toString());
        sink.write(json.write(line));
    }
}
