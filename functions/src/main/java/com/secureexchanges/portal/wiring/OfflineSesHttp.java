package com.secureexchanges.portal.wiring;

import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * SES v2 answered in-process for an {@code SesV2Client} ({@link OfflineHttp}): every call is accepted as a
 * {@code SendEmail} is, with a message id (SES v2 speaks REST-JSON). Calls are named by operation for
 * {@code SendEmail} ({@code POST /v2/email/outbound-emails}), by method and path otherwise.
 */
public final class OfflineSesHttp extends OfflineHttp {

    private static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";

    @Override
    Answer answer(SdkHttpRequest request, byte[] body) {
        String operation = request.encodedPath().equals(SEND_EMAIL_PATH) ? "SendEmail"
                : request.method() + " " + request.encodedPath();
        return new Answer(operation, 200, "application/json", "{\"MessageId\":\"priming\"}");
    }
}
