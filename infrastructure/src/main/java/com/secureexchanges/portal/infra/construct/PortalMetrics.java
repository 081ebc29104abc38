package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.adapter.cloudwatch.EmfMetrics;
import com.secureexchanges.portal.core.port.Metric;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.lambda.Function;
import software.constructs.Construct;

/**
 * The portal's own metrics (SPEC X6), which the functions write as embedded-metric-format log lines
 * ({@link EmfMetrics}): every function told its stage (the metrics' one dimension), a dashboard of
 * them, and alarms on spikes of Error 2 (links opened in other browsers: a mail scanner, a forwarded
 * link, or someone trying stolen links) and of failed deliveries, among the operator's {@link Alarms}.
 */
public final class PortalMetrics extends Construct {

    /**
     * @param error2Threshold           Error 2 answers in 5 minutes that raise the alarm
     * @param smsFailedThreshold        SMS refused by SNS in 5 minutes that raise the alarm
     * @param deliveriesFailedThreshold emails and SMS refused in 5 minutes that raise the alarm
     */
    public record Props(String stage, Map<String, Function> functions, Alarms alarms, int error2Threshold,
                        int smsFailedThreshold, int deliveriesFailedThreshold) {

        /** The thresholds of a small deployment. */
        public Props(String stage, Map<String, Function> functions, Alarms alarms) {
            this(stage, functions, alarms, 20, 5, 10);
        }
    }

    private final String stage;
    private final Dashboard dashboard;

    public PortalMetrics(Construct scope, String id, Props props) {
        super(scope, id);
        stage = props.stage();
        props.functions().values().forEach(f -> f.addEnvironment(EmfMetrics.STAGE_VARIABLE, stage));
        dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName("portal-" + stage + "-metrics")
                .build();
        dashboard.addWidgets(
                graph("Sign-in requests", Metric.LOGIN_REQUESTS, Metric.LINKS_SENT, Metric.LOGINS),
                graph("Error 2", Metric.ERROR_2),
                graph("SMS codes", Metric.CODES_SENT, Metric.CODES_FAILED, Metric.CODES_LOCKED));
        dashboard.addWidgets(
                graph("Deliveries", Metric.EMAILS_SENT, Metric.SMS_SENT),
                graph("Failed deliveries", Metric.DELIVERIES_FAILED, Metric.EMAILS_FAILED, Metric.SMS_FAILED));
        props.alarms().alarm("Error2Spike", metric(Metric.ERROR_2), props.error2Threshold(),
                "Many links opened in another browser (Error 2): a mail scanner, or stolen links tried");
        props.alarms().alarm("SmsFailures", metric(Metric.SMS_FAILED), props.smsFailedThreshold(),
                "SNS refused SMS: codes are not reaching users (spend limit, sandbox, throttling)");
        props.alarms().alarm("DeliveryFailures", metric(Metric.DELIVERIES_FAILED), props.deliveriesFailedThreshold(),
                "SES or SNS refused messages: sign-in links or codes are not reaching users");
    }

    /** The metric as the functions of this stage write it, summed over 5 minutes. */
    public software.amazon.awscdk.services.cloudwatch.Metric metric(Metric metric) {
        return software.amazon.awscdk.services.cloudwatch.Metric.Builder.create()
                .namespace(EmfMetrics.NAMESPACE).metricName(metric.metricName())
                .dimensionsMap(Map.of(EmfMetrics.DIMENSION, stage))
                .statistic("Sum").period(Duration.minutes(5)).build();
    }

    public Dashboard dashboard() {
        return dashboard;
    }

    private GraphWidget graph(String title, Metric... metrics) {
        List<IMetric> lines = Arrays.stream(metrics).<IMetric>map(this::metric).toList();
        return GraphWidget.Builder.create().title(title).left(lines).width(8).build();
    }
}
