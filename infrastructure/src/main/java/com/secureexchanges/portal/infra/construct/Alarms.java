package com.secureexchanges.portal.infra.construct;

import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * What wakes an operator (SPEC X6): API 5xx, Lambda errors and throttles, DynamoDB throttles, and
 * SMS spend nearing its monthly limit; sent to an SNS topic, with an email subscription if given.
 */
public final class Alarms extends Construct {

    public record Props(String stage, RestApi api, Map<String, Function> functions, Map<String, Table> tables,
                        int smsMonthlySpendLimitUsd, Optional<String> alarmEmail) {
    }

    private final Topic topic;

    public Alarms(Construct scope, String id, Props props) {
        super(scope, id);
        topic = Topic.Builder.create(this, "Topic").topicName("portal-" + props.stage() + "-alarms")
                .enforceSsl(true).build();
        props.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));
        MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
        alarm("Api5xx", props.api().metricServerError(fiveMinutes), 5, "The API answered 5xx");
        props.functions().forEach((name, fn) -> {
            alarm(name + "Errors", fn.metricErrors(fiveMinutes), 5, name + " failed");
            alarm(name + "Throttles", fn.metricThrottles(fiveMinutes), 1, name + " was throttled");
        });
        props.tables().forEach((name, table) -> alarm(name + "Throttles",
                Metric.Builder.create().namespace("AWS/DynamoDB").metricName("ThrottledRequests")
                        .dimensionsMap(Map.of("TableName", table.getTableName()))
                        .period(Duration.minutes(5)).statistic("Sum").build(),
                1, "DynamoDB throttled requests on " + name));
        alarm("SmsSpend", Metric.Builder.create().namespace("AWS/SNS").metricName("SMSMonthToDateSpentUSD")
                        .period(Duration.hours(1)).statistic("Maximum").build(),
                props.smsMonthlySpendLimitUsd() * 0.8, "SMS spend passed 80% of the monthly limit");
    }

    /** Where alarms go (other constructs add theirs). */
    public Topic topic() {
        return topic;
    }

    /** An alarm when {@code metric} reaches {@code threshold} in one period, sent to the operator's topic. */
    public void alarm(String id, Metric metric, double threshold, String description) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
    }
}
