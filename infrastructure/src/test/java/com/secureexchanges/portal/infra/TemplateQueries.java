package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableSpec;
import com.secureexchanges.portal.config.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awscdk.assertions.Template;

/** Reads a synthesized template's resources as data (never as text), for the stack tests. */
final class TemplateQueries {

    private TemplateQueries() {
    }

    /**
     * Every IAM statement of the stack, by owner: a portal function's id for its role's policy, else the
     * logical id of the policy or role (CDK's own custom-resource functions, inline role policies).
     */
    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> statementsByOwner(Template template) {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        template.findResources("AWS::IAM::Policy").forEach((id, policy) -> {
            var document = (Map<String, Object>) properties(policy).get("PolicyDocument");
            out.computeIfAbsent(owner(id), k -> new ArrayList<>())
                    .addAll((List<Map<String, Object>>) document.get("Statement"));
        });
        template.findResources("AWS::IAM::Role").forEach((id, role) -> {
            var inline = (List<Map<String, Object>>) properties(role).get("Policies");
            for (Map<String, Object> policy : inline == null ? List.<Map<String, Object>>of() : inline) {
                var document = (Map<String, Object>) policy.get("PolicyDocument");
                out.computeIfAbsent(owner(id), k -> new ArrayList<>())
                        .addAll((List<Map<String, Object>>) document.get("Statement"));
            }
        });
        return out;
    }

    private static String owner(String logicalId) {
        return Routes.deployed().stream().map(FunctionSpec::id)
                .filter(f -> logicalId.startsWith("Functions" + f + "ServiceRole")).findFirst().orElse(logicalId);
    }

    /**
     * What these statements allow on the portal's tables, as {@code <table>} or {@code <table>/index/<name>}
     * (a table's id, from its name {@code tablePrefix + id}) → DynamoDB operations ({@code GetItem}); what
     * an allow grants only under conditions is listed under {@code <resource> (with conditions)}, and a
     * deny under {@code Deny <resource>}, so neither can pass for a plain allow. A resource that is no
     * table or index of the portal is listed as it renders.
     */
    static Map<String, Set<String>> dynamoGrants(Template template, String tablePrefix,
                                                 List<Map<String, Object>> statements) {
        Map<String, String> arns = new HashMap<>();
        for (TableSpec table : Tables.all()) {
            arns.put(tableLogicalId(template, tablePrefix + table.id()) + ".Arn", table.id());
            arns.put(tableLogicalId(template, tablePrefix + table.id()) + ".StreamArn", table.id() + "/stream");
        }
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map<String, Object> statement : statements) {
            List<String> actions = TemplateQueries.<String>listOf(statement.get("Action")).stream()
                    .filter(a -> a.startsWith("dynamodb:")).map(a -> a.substring("dynamodb:".length())).toList();
            for (Object resource : actions.isEmpty() ? List.of() : listOf(statement.get("Resource"))) {
                String rendered = render(resource);
                String label = arns.entrySet().stream().filter(e -> rendered.startsWith(e.getKey()))
                        .map(e -> e.getValue() + rendered.substring(e.getKey().length())).findFirst().orElse(rendered);
                if (!"Allow".equals(statement.get("Effect"))) {
                    label = "Deny " + label;
                } else if (statement.containsKey("Condition")) {
                    label += " (with conditions)";
                }
                out.computeIfAbsent(label, k -> new TreeSet<>()).addAll(actions);
            }
        }
        return out;
    }

    /**
     * A resource or value as readable text: {@code <logicalId>.Arn} for a GetAtt, {@code Ref:<logicalId>}
     * for a Ref, the parts of a join joined; so a statement's resources compare as plain strings.
     */
    static String render(Object value) {
        if (value instanceof Map<?, ?> map && map.get("Fn::GetAtt") instanceof List<?> att) {
            return att.get(0) + "." + att.get(1);
        }
        if (value instanceof Map<?, ?> map && map.get("Fn::Join") instanceof List<?> join) {
            return listOf(join.get(1)).stream().map(TemplateQueries::render)
                    .collect(Collectors.joining(String.valueOf(join.get(0))));
        }
        if (value instanceof Map<?, ?> map && map.containsKey("Ref")) {
            return "Ref:" + map.get("Ref");
        }
        return String.valueOf(value);
    }

    /**
     * The API's methods as {@code "GET /api/me"} → the method's properties, each path rebuilt from its
     * resource's parents in the template itself.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> apiMethods(Template template) {
        Map<String, Map<String, Object>> resources = template.findResources("AWS::ApiGateway::Resource");
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Map<String, Object> method : template.findResources("AWS::ApiGateway::Method").values()) {
            Map<String, Object> props = properties(method);
            String path = path(resources, props.get("ResourceId"));
            out.put(props.get("HttpMethod") + " " + (path.isEmpty() ? "/" : path), props);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String path(Map<String, Map<String, Object>> resources, Object resourceId) {
        if (!(resourceId instanceof Map<?, ?> ref) || !ref.containsKey("Ref")) {
            return "";
        }
        Map<String, Object> props = properties(resources.get((String) ref.get("Ref")));
        return path(resources, props.get("ParentId")) + "/" + props.get("PathPart");
    }

    /** IAM's "one or many": an {@code Action} or {@code Resource} as a list either way. */
    @SuppressWarnings("unchecked")
    static <T> List<T> listOf(Object value) {
        return value instanceof List<?> list ? (List<T>) list : List.of((T) value);
    }

    /** The logical id of the one table with this name. */
    static String tableLogicalId(Template template, String tableName) {
        Set<String> ids = template.findResources("AWS::DynamoDB::Table",
                Map.of("Properties", Map.of("TableName", tableName))).keySet();
        assertEquals(1, ids.size(), tableName + ": " + ids);
        return ids.iterator().next();
    }

    /** The properties of the resource with this logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Template template, String logicalId) {
        var resources = (Map<String, Map<String, Object>>) template.toJSON().get("Resources");
        return properties(resources.get(logicalId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }
}
