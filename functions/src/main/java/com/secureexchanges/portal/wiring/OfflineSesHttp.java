package com.secureexchanges.portal.wiring;

import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * SES answered in-process for an {@code SesClient} ({@link OfflineHttp}): every call is accepted as a
 * {@code SendEmail} is, with a message id (the SES API speaks the AWS Query protocol, as SNS does). Calls are
 * named by their {@code Action}.
 */
public final class OfflineSesHttp extends OfflineHttp {

    private static final String SENT = "<SendEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
            + "<SendEmailResult><MessageId>priming</MessageId></SendEmailResult>"
            + "<ResponseMetadata><RequestId>priming</RequestId></ResponseMetadata></SendEmailResponse>";

    @Override
    Answer answer(SdkHttpRequest request, byte[] body) {
        return new Answer(queryAction(body), 200, "text/xml", SENT);
    }
}
