package com.secureexchanges.portal.wiring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client for an SDK client that never opens a connection: each subclass answers its service's
 * calls in-process, so the SDK still marshals, signs and unmarshals as it would against AWS, which is what
 * the SnapStart priming needs to load and compile ({@link PrimingPortal}). Records the operations it was
 * asked for, in order. Thread-safe.
 */
public abstract class OfflineHttp implements SdkHttpClient {

    private final List<String> operations = new CopyOnWriteArrayList<>();

    OfflineHttp() {
    }

    /** What the service answers to one call, named by its operation. */
    record Answer(String operation, int status, String contentType, String body) {
    }

    /** The answer to {@code request}, whose body is {@code body} (empty when it has none). */
    abstract Answer answer(SdkHttpRequest request, byte[] body);

    /** The operations called so far ({@code BatchGetItem}, {@code SendEmail}, {@code Publish}…), in order. */
    public final List<String> operations() {
        return List.copyOf(operations);
    }

    @Override
    public final ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        byte[] body = request.contentStreamProvider().map(p -> readAll(p.newStream())).orElse(new byte[0]);
        Answer answer = answer(request.httpRequest(), body);
        operations.add(answer.operation());
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(answer.status())
                                .putHeader("Content-Type", answer.contentType())
                                .putHeader("Content-Length", Integer.toString(bytes.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
            }

            @Override
            public void abort() {
            }
        };
    }

    /** The {@code Action} of a call in the AWS Query protocol (a form posted, XML answered: SES and SNS). */
    static String queryAction(byte[] body) {
        return Arrays.stream(new String(body, StandardCharsets.UTF_8).split("&"))
                .filter(p -> p.startsWith("Action=")).findFirst()
                .map(p -> URLDecoder.decode(p.substring("Action=".length()), StandardCharsets.UTF_8)).orElse("");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "offline";
    }

    @Override
    public void close() {
    }
}
