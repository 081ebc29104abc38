package com.secureexchanges.portal.core.delivery;

import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.OutgoingMessage;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.Seal;
import com.secureexchanges.portal.core.port.SmsSender;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends one delivery: claims it (so it goes out at most once), opens its seal, hands it to the mail or
 * SMS provider, retrying on the provider's passing failures, and records what became of it. Logs the
 * delivery's id, channel and outcome only: never an address, a text or a link.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    /** What became of a delivery. */
    public enum Outcome {
        /** Handed to the provider now. */
        SENT,
        /** Sent before, or being sent by another run: nothing was done. */
        ALREADY_DONE,
        /** The provider kept failing: waiting again, for a later run. */
        RETRY,
        /** Given up: unreadable, or refused for good by the provider. */
        FAILED
    }

    private final DeliveryLedger ledger;
    private final Seal seal;
    private final Supplier<MailSender> mail;
    private final Supplier<SmsSender> sms;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final Consumer<Duration> pause;

    /**
     * @param mail  built on first use (an SES client only where mail is sent)
     * @param pause waits between attempts ({@link #sleep} in production)
     */
    public Dispatcher(DeliveryLedger ledger, Seal seal, Supplier<MailSender> mail, Supplier<SmsSender> sms,
                      DeliveryPolicy policy, Clock clock, Consumer<Duration> pause) {
        this.ledger = ledger;
        this.seal = seal;
        this.mail = mail;
        this.sms = sms;
        this.policy = policy;
        this.clock = clock;
        this.pause = pause;
    }

    public Outcome deliver(Delivery delivery) {
        switch (ledger.claim(delivery.id(), clock.instant())) {
            case TAKEN -> {
                return Outcome.ALREADY_DONE;
            }
            case FAILED -> {
                return Outcome.FAILED;
            }
            case CLAIMED -> {
                // the delivery is this run's: send it below
            }
        }
        Optional<OutgoingMessage> message = seal.open(delivery.sealed()).flatMap(MessageCodec::decode);
        if (message.isEmpty()) {
            return giveUp(delivery, "unreadable");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                send(message.get());
                ledger.sent(delivery.id(), clock.instant());
                LOG.log(Level.INFO, "delivery {0} ({1}) sent", delivery.id(), delivery.channel());
                return Outcome.SENT;
            } catch (DeliveryFailed failed) {
                LOG.log(Level.WARNING, "delivery {0} ({1}) attempt {2}: {3}", delivery.id(), delivery.channel(),
                        attempt, failed.getCause() == null ? "failed" : failed.getCause().getClass().getName());
                if (!failed.retryable()) {
                    return giveUp(delivery, "rejected");
                }
                if (attempt >= policy.attempts()) {
                    ledger.release(delivery.id());
                    return Outcome.RETRY;
                }
                pause.accept(policy.pauseBefore(attempt + 1));
            }
        }
    }

    private Outcome giveUp(Delivery delivery, String reason) {
        ledger.failed(delivery.id(), reason, clock.instant());
        LOG.log(Level.ERROR, "delivery {0} ({1}) given up: {2}", delivery.id(), delivery.channel(), reason);
        return Outcome.FAILED;
    }

    private void send(OutgoingMessage message) {
        switch (message) {
            case OutgoingEmail email -> mail.get().send(email);
            case OutgoingSms text -> sms.get().send(text);
        }
    }

    /** Waits, as production does between attempts. */
    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
