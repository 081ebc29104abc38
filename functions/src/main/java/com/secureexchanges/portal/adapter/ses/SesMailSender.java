package com.secureexchanges.portal.adapter.ses;

import com.secureexchanges.portal.adapter.ProviderFailures;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.Body;
import software.amazon.awssdk.services.ses.model.Content;
import software.amazon.awssdk.services.ses.model.Message;
import software.amazon.awssdk.services.ses.model.SendEmailRequest;

/**
 * Sends through SES ({@code SendEmail} of the SES API, whose client is half the size of SES v2's in the
 * deliveries function's jar; the same identities and configuration sets serve both). Sensitive mail (sign-in links) goes through the configuration set whose
 * click tracking is off, so links are never rewritten through a tracking domain. Each email handed over
 * is counted as sent, each refused one as a failed delivery, wherever this sender runs.
 */
public final class SesMailSender implements MailSender {

    private final SesClient ses;
    private final String from;
    private final Optional<String> sensitiveConfigurationSet;
    private final Metrics metrics;

    public SesMailSender(SesClient ses, String from, Optional<String> sensitiveConfigurationSet, Metrics metrics) {
        this.ses = ses;
        this.from = from;
        this.sensitiveConfigurationSet = sensitiveConfigurationSet;
        this.metrics = metrics;
    }

    @Override
    public void send(OutgoingEmail email) {
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .source(from)
                .destination(d -> d.toAddresses(email.to().value()))
                .message(Message.builder()
                        .subject(utf8(email.subject()))
                        .body(Body.builder().text(utf8(email.text())).html(utf8(email.html())).build())
                        .build());
        if (email.sensitive()) {
            sensitiveConfigurationSet.ifPresent(request::configurationSetName);
        }
        try {
            ses.sendEmail(request.build());
        } catch (SdkException e) {
            metrics.deliveryFailed(Metric.EMAILS_FAILED);
            throw ProviderFailures.of("email", e);
        }
        metrics.count(Metric.EMAILS_SENT);
    }

    private static Content utf8(String data) {
        return Content.builder().charset("UTF-8").data(data).build();
    }
}
