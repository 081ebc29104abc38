package com.secureexchanges.portal.adapter.cloudwatch;

import com.secureexchanges.portal.config.LogSink;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Metrics as CloudWatch embedded metric format (EMF) lines, written where the request log goes (stdout
 * in Lambda, where CloudWatch Logs turns them into metrics; the console locally). One line per record:
 * the namespace, one dimension ({@value #DIMENSION}, the stage: one series per deployment, whatever the
 * function) and the counts, in {@link Metric} order. Nothing else is written, so a line holds no
 * request data; it is built by hand from names fixed here, which need no escaping.
 */
public final class EmfMetrics implements Metrics {

    public static final String NAMESPACE = "SecureExchangesPortal";
    public static final String DIMENSION = "Stage";
    /** The environment variable naming the stage in Lambda. */
    public static final String STAGE_VARIABLE = "PORTAL_STAGE";
    /** The stage where none is named (the local portal). */
    public static final String LOCAL_STAGE = "local";

    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final LogSink sink;
    private final Clock clock;
    private final String stage;

    /**
     * @param stage letters, digits and dashes (it is written unescaped)
     */
    public EmfMetrics(LogSink sink, Clock clock, String stage) {
        if (!STAGE.matcher(stage).matches()) {
            throw new IllegalArgumentException("stage: letters, digits and dashes, at most 40");
        }
        this.sink = sink;
        this.clock = clock;
        this.stage = stage;
    }

    /** The stage {@link #STAGE_VARIABLE} names, or {@link #LOCAL_STAGE}. */
    public static EmfMetrics of(Map<String, String> env, LogSink sink, Clock clock) {
        return new EmfMetrics(sink, clock, env.getOrDefault(STAGE_VARIABLE, LOCAL_STAGE));
    }

    @Override
    public void record(Map<Metric, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        Map<Metric, Integer> ordered = new EnumMap<>(counts);
        StringBuilder line = new StringBuilder(256).append("{\"_aws\":{\"Timestamp\":").append(clock.millis())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"").append(NAMESPACE)
                .append("\",\"Dimensions\":[[\"").append(DIMENSION).append("\"]],\"Metrics\":[");
        String separator = "";
        for (Metric metric : ordered.keySet()) {
            line.append(separator).append("{\"Name\":\"").append(metric.metricName()).append("\",\"Unit\":\"Count\"}");
            separator = ",";
        }
        line.append("]}]},\"").append(DIMENSION).append("\":\"").append(stage).append('"');
        ordered.forEach((metric, count) -> line.append(",\"").append(metric.metricName()).append("\":").append(count));
        sink.write(line.append('}').toString());
    }
}
