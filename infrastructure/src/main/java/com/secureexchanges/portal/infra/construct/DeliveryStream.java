package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.Tables;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.FilterCriteria;
import software.amazon.awscdk.services.lambda.FilterRule;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The outbox's way out (issue 10): the auth table's stream invokes the deliveries function with new
 * deliveries only (a filter on the event, so the stream's other records cost no invocation); a record
 * that fails is handed over again (the batch split to isolate it, the others not sent twice), three
 * times, then its place in the stream goes to an encrypted dead-letter queue, which raises an alarm.
 */
public final class DeliveryStream extends Construct {

    /** @param deliveries the deliveries function's {@code live} alias (its SnapStart version) */
    public record Props(String stage, Alias deliveries, Table auth, ITopic alarms) {
    }

    private final Queue deadLetters;

    public DeliveryStream(Construct scope, String id, Props props) {
        super(scope, id);
        deadLetters = Queue.Builder.create(this, "DeadLetters")
                .queueName("portal-" + props.stage() + "-deliveries-dead-letters")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        props.deliveries().addEventSource(DynamoEventSource.Builder.create(props.auth())
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(10)
                .maxBatchingWindow(Duration.seconds(0))
                .bisectBatchOnError(true)
                .retryAttempts(3)
                .maxRecordAge(Duration.hours(1))
                .reportBatchItemFailures(true)
                .onFailure(new SqsDlq(deadLetters))
                .filters(List.of(newDeliveriesOnly()))
                .build());
        Alarm alarm = Alarm.Builder.create(this, "DeadLettersAlarm")
                .metric(deadLetters.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .period(Duration.minutes(5)).statistic("Maximum").build()))
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("Emails or SMS could not be delivered: see the deliveries dead-letter queue")
                .build();
        alarm.addAlarmAction(new SnsAction(props.alarms()));
    }

    /** Records of new items whose key starts {@code DELIVERY#}: not the stream's other items, nor updates. */
    private static Map<String, Object> newDeliveriesOnly() {
        Map<String, Object> key = Map.of("pk", Map.of("S", List.of(Map.of("prefix", Tables.DELIVERY_PREFIX))));
        return FilterCriteria.filter(Map.of("eventName", FilterRule.isEqual("INSERT"),
                "dynamodb", Map.of("Keys", key)));
    }

    public Queue deadLetters() {
        return deadLetters;
    }
}
