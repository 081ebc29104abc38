package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.ses.SesMailSender;
import com.secureexchanges.portal.adapter.sns.SnsSmsSender;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.port.Metrics;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The priming portal of the deliveries function: a {@link PrimingPortal} whose mail and SMS go through the
 * senders {@link ProductionPortal} builds, over SES and SNS clients of the SDK that answer in-process
 * ({@link OfflineSesHttp}, {@link OfflineSnsHttp}), so the snapshot holds their marshalling, signing and
 * unmarshalling too. Only the deliveries function loads this class: its jar alone holds SES and SNS.
 */
public final class DeliveriesPrimingPortal {

    private DeliveriesPrimingPortal() {
    }

    /** A priming portal over {@code dynamo} sending mail through {@code ses} and SMS through {@code sns}. */
    public static Portal create(AppConfig config, OfflineDynamoHttp dynamo, OfflineSesHttp ses, OfflineSnsHttp sns) {
        Metrics metrics = PrimingPortal.metrics();
        SesClient mail = SesClient.builder().httpClient(ses).region(PrimingPortal.region())
                .credentialsProvider(PrimingPortal.credentials()).build();
        SnsClient sms = SnsClient.builder().httpClient(sns).region(PrimingPortal.region())
                .credentialsProvider(PrimingPortal.credentials()).build();
        return PrimingPortal.create(config, dynamo,
                new SesMailSender(mail, config.mailFrom(), config.sensitiveConfigurationSet(), metrics),
                new SnsSmsSender(sms, config.smsSenderId(), metrics));
    }

    /**
     * Where the priming hands its messages, as requests do: a mailroom over {@code portal}'s environment
     * (its seal keys, ids, clock and ledger), so what it seals {@code portal}'s dispatcher opens.
     */
    public static Mailroom mailroom(Portal portal) {
        return new PostOffice(portal.environment()).mailroom();
    }
}
