package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.FirstAdministrator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * Creates the first account and its administrator when the stack is created (context {@code adminEmail}
 * and {@code organizationName}), so a new deployment can be signed in to at once. Only if absent, in one
 * transaction: if any of the items exists, none is written and an existing directory is never touched.
 */
public final class FirstAdministratorItems extends Construct {

    /** @param organization the first account's name */
    public record Props(Table directory, String adminEmail, String organization) {
    }

    public FirstAdministratorItems(Construct scope, String id, Props props) {
        super(scope, id);
        Table directory = props.directory();
        List<Map<String, Object>> puts = FirstAdministrator.items(props.adminEmail(), props.organization()).stream()
                .<Map<String, Object>>map(item -> Map.of("Put", put(directory, item))).toList();
        AwsCustomResource.Builder.create(this, "Create")
                .onCreate(AwsSdkCall.builder()
                        .service("DynamoDB")
                        .action("transactWriteItems")
                        .parameters(Map.of("TransactItems", puts))
                        .physicalResourceId(PhysicalResourceId.of("first-administrator"))
                        .ignoreErrorCodesMatching("TransactionCanceledException")
                        .build())
                .policy(AwsCustomResourcePolicy.fromStatements(List.of(PolicyStatement.Builder.create()
                        .actions(List.of("dynamodb:PutItem", "dynamodb:ConditionCheckItem"))
                        .resources(List.of(directory.getTableArn())).build())))
                .installLatestAwsSdk(false)
                .build();
    }

    /** Ordered: serialised into the template, which must be the same at every synth. */
    private static Map<String, Object> put(Table directory, Map<String, Object> item) {
        Map<String, Object> put = new LinkedHashMap<>();
        put.put("TableName", directory.getTableName());
        put.put("Item", item);
        put.put("ConditionExpression", "attribute_not_exists(pk)");
        return put;
    }
}
