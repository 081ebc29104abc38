package com.secureexchanges.portal.infra;

import static com.secureexchanges.portal.infra.TemplateQueries.listOf;
import static com.secureexchanges.portal.infra.TemplateQueries.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.adapter.cloudwatch.EmfMetrics;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.port.Metric;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/**
 * SPEC X6 in the template: the functions write their metrics under the stage's dimension, and the
 * dashboard and alarms read exactly the names, namespace and dimension the code writes.
 */
class PortalMetricsTest {

    private static Template template;

    @BeforeAll
    static void synth() {
        App app = TestApps.withContext(Map.of("stage", "test", "adminEmail", "ops@example.com"));
        PortalStack stack = new PortalStack(app, "PortalMetricsTest", StackProps.builder()
                .env(Environment.builder().account("123456789012").region("ca-central-1").build()).build(),
                StageConfig.fromContext(app.getNode()::tryGetContext));
        template = Template.fromStack(stack);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFunction_isToldItsStage_theMetricsDimension() {
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        Set<String> stages = new TreeSet<>();
        int portalFunctions = 0;
        for (Map<String, Object> function : functions.values()) {
            Map<String, Object> properties = (Map<String, Object>) function.get("Properties");
            if (!String.valueOf(properties.get("FunctionName")).startsWith("portal-test-")) {
                continue;
            }
            portalFunctions++;
            Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) properties.get("Environment"))
                    .get("Variables");
            stages.add(String.valueOf(env.get(EmfMetrics.STAGE_VARIABLE)));
        }
        assertEquals(Routes.deployed().size(), portalFunctions);
        assertEquals(Set.of("test"), stages);
    }

    /** The alarms on the portal's own metrics, by metric name → their properties. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> portalAlarms() {
        return template.findResources("AWS::CloudWatch::Alarm").values().stream()
                .map(r -> (Map<String, Object>) r.get("Properties"))
                .filter(p -> EmfMetrics.NAMESPACE.equals(p.get("Namespace")))
                .collect(Collectors.toMap(p -> String.valueOf(p.get("MetricName")), p -> p));
    }

    @Test
    void error2Spikes_andFailedDeliveries_raiseAlarms_toTheOperatorsTopic() {
        Map<String, Map<String, Object>> alarms = portalAlarms();
        assertEquals(Set.of("Error2", "SmsFailed", "DeliveriesFailed"), alarms.keySet());
        assertEquals(20, ((Number) alarms.get("Error2").get("Threshold")).intValue());
        assertEquals(5, ((Number) alarms.get("SmsFailed").get("Threshold")).intValue());
        assertEquals(10, ((Number) alarms.get("DeliveriesFailed").get("Threshold")).intValue());
        String topic = "Ref:" + template.findResources("AWS::SNS::Topic", Map.of("Properties",
                Map.of("TopicName", "portal-test-alarms"))).keySet().iterator().next();
        for (Map<String, Object> alarm : alarms.values()) {
            assertEquals(List.of(Map.of("Name", EmfMetrics.DIMENSION, "Value", "test")), alarm.get("Dimensions"),
                    "the dimension the EMF lines carry, or the alarm would watch an empty series");
            assertEquals("Sum", alarm.get("Statistic"));
            assertEquals(300, ((Number) alarm.get("Period")).intValue());
            assertEquals("GreaterThanOrEqualToThreshold", alarm.get("ComparisonOperator"));
            assertEquals("notBreaching", alarm.get("TreatMissingData"));
            assertEquals(List.of(topic), listOf(alarm.get("AlarmActions")).stream().map(TemplateQueries::render)
                    .toList());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboard_drawsEveryMetricTheCodeWrites_underItsNamespaceAndStage() throws Exception {
        Map<String, Map<String, Object>> dashboards = template.findResources("AWS::CloudWatch::Dashboard");
        assertEquals(1, dashboards.size());
        Map<String, Object> properties = (Map<String, Object>) dashboards.values().iterator().next().get("Properties");
        assertEquals("portal-test-metrics", properties.get("DashboardName"));
        JsonNode body = new ObjectMapper().readTree(render(properties.get("DashboardBody")));
        Set<String> drawn = new TreeSet<>();
        for (JsonNode widget : body.get("widgets")) {
            for (JsonNode line : widget.get("properties").get("metrics")) {
                assertEquals(List.of(EmfMetrics.NAMESPACE, EmfMetrics.DIMENSION, "test"),
                        List.of(line.get(0).asText(), line.get(2).asText(), line.get(3).asText()));
                drawn.add(line.get(1).asText());
            }
        }
        assertEquals(Arrays.stream(Metric.values()).map(Metric::metricName).collect(Collectors.toCollection(
                TreeSet::new)), drawn);
    }
}
