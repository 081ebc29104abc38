package com.secureexchanges.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP calls to the running portal, with cookies and headers set by hand. */
public final class HttpCall {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;

    public HttpCall(String base) {
        this.base = base;
    }

    /** A request from the site itself: same Origin and the site header. */
    public HttpResponse<String> post(String path, String body, String... cookies) {
        return send("POST", path, body, Map.of("Origin", base, "X-Portal-Request", "1"), cookies);
    }

    /** A read from the site itself (the site sends its header on every call). */
    public HttpResponse<String> get(String path, String... cookies) {
        return send("GET", path, null, Map.of("X-Portal-Request", "1"), cookies);
    }

    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers,
                                     String... cookies) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers, cookies);
    }

    /** A request whose body is these bytes exactly (a file in any encoding). */
    public HttpResponse<String> sendBytes(String method, String path, byte[] body, Map<String, String> headers,
                                          String... cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (cookies.length > 0) {
            request.header("Cookie", String.join("; ", cookies));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a cookie set by the response, as "name=value" ready to send back. */
    public static Optional<String> cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return Optional.of(header.substring(0, header.indexOf(';')));
            }
        }
        return Optional.empty();
    }

    public static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** The sign-in token of the newest email in the outbox. */
    public String lastLinkToken() {
        String outbox = get("/dev/outbox.json").body();
        Matcher m = Pattern.compile("#t=([A-Za-z0-9_-]{43})").matcher(outbox);
        if (!m.find()) {
            throw new AssertionError("no sign-in link in the outbox");
        }
        return m.group(1);
    }

    /** The code of the newest SMS in the outbox. */
    public String lastSmsCode() {
        Matcher m = Pattern.compile("\"channel\":\"sms\",\"to\":\"[^\"]+\",\"subject\":\"\",\"text\":\"[^\"]*?: ([0-9]{6})")
                .matcher(get("/dev/outbox.json").body());
        if (!m.find()) {
            throw new AssertionError("no SMS code in the outbox");
        }
        return m.group(1);
    }

    /** Signs the demo administrator in (no 2FA); returns the session cookie ("name=value"). */
    public String loginAdmin(String captchaAnswer) {
        return login("admin@example.com", captchaAnswer);
    }

    /** Signs a user without 2FA in; returns the session cookie ("name=value"). */
    public String login(String email, String captchaAnswer) {
        var request = post("/api/login/request", loginBody(email, captchaId(), captchaAnswer));
        String binding = cookie(request, "__Host-sx-bind").orElseThrow();
        var redeem = post("/api/login/redeem", "{\"token\":\"" + lastLinkToken() + "\"}", binding);
        return cookie(redeem, "__Host-sx-session").orElseThrow();
    }

    /** A fresh captcha id (the portal runs with a fixed answer). */
    public String captchaId() {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get("/api/captcha").body());
        if (!m.find()) {
            throw new AssertionError("no captcha id");
        }
        return m.group(1);
    }

    public static String loginBody(String email, String captchaId, String answer) {
        return "{\"email\":\"" + email + "\",\"captchaId\":\"" + captchaId + "\",\"captchaAnswer\":\"" + answer + "\"}";
    }
}
