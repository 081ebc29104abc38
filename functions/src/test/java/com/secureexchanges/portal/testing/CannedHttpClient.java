package com.secureexchanges.portal.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An SDK HTTP client that answers every call with one canned response, without a network. */
public final class CannedHttpClient implements SdkHttpClient {

    private final int status;
    private final String contentType;
    private final String body;
    private int calls;
    private final List<String> bodies = new ArrayList<>();

    public CannedHttpClient(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                String sent = request.contentStreamProvider().map(p -> {
                    try (var in = p.newStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).orElse("");
                synchronized (CannedHttpClient.this) {
                    calls++;
                    bodies.add(sent);
                }
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(status).putHeader("Content-Type", contentType)
                                .putHeader("x-amzn-RequestId", "request-1").build())
                        .responseBody(AbortableInputStream.create(
                                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    /** How many requests reached this client (retries included). */
    public synchronized int calls() {
        return calls;
    }

    /** The bodies of the requests, in order. */
    public synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    @Override
    public void close() {
    }
}
