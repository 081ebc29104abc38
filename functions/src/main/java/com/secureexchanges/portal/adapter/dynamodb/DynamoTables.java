package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.IndexSpec;
import com.secureexchanges.portal.config.KeyAttribute;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.config.TableSpec;
import com.secureexchanges.portal.config.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Creates the tables of {@link Tables} where they are missing: for the local portal, DynamoDB Local
 * and LocalStack. In AWS the CDK stack creates them from the same specs.
 */
public final class DynamoTables {

    private static final Projection ALL = Projection.builder().projectionType(ProjectionType.ALL).build();
    private static final StreamSpecification NEW_IMAGES = StreamSpecification.builder().streamEnabled(true)
            .streamViewType(StreamViewType.NEW_IMAGE).build();

    private DynamoTables() {
    }

    public static void createMissing(DynamoDbClient dynamo, TableNames names) {
        List<String> existing = dynamo.listTablesPaginator().tableNames().stream().toList();
        for (TableSpec spec : Tables.all()) {
            String name = names.nameOf(spec);
            if (!existing.contains(name)) {
                dynamo.createTable(request(spec, name));
                dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
                spec.ttlAttribute().ifPresent(ttl -> dynamo.updateTimeToLive(r -> r.tableName(name)
                        .timeToLiveSpecification(t -> t.attributeName(ttl).enabled(true))));
            } else if (spec.stream()) {
                addStream(dynamo, name);
            }
        }
    }

    static CreateTableRequest request(TableSpec spec, String name) {
        Map<String, KeyAttribute> attributes = new LinkedHashMap<>();
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(key(spec.partitionKey(), KeyType.HASH, attributes));
        spec.sortKey().ifPresent(sk -> keys.add(key(sk, KeyType.RANGE, attributes)));
        List<GlobalSecondaryIndex> indexes = spec.indexes().stream().map(index -> GlobalSecondaryIndex.builder()
                .indexName(index.name()).keySchema(indexKeys(index, attributes)).projection(ALL).build()).toList();
        List<LocalSecondaryIndex> locals = spec.localIndexes().stream().map(index -> LocalSecondaryIndex.builder()
                .indexName(index.name()).keySchema(indexKeys(index, attributes)).projection(ALL).build()).toList();
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name).keySchema(keys)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes.values().stream().map(a -> AttributeDefinition.builder()
                        .attributeName(a.name())
                        .attributeType(a.type() == KeyAttribute.Type.NUMBER ? ScalarAttributeType.N : ScalarAttributeType.S)
                        .build()).toList());
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        if (spec.stream()) {
            request.streamSpecification(NEW_IMAGES);
        }
        return request.build();
    }

    /** A table made before it had a stream (local data of an earlier version) gets one. */
    private static void addStream(DynamoDbClient dynamo, String name) {
        var current = dynamo.describeTable(r -> r.tableName(name)).table().streamSpecification();
        if (current == null || !Boolean.TRUE.equals(current.streamEnabled())) {
            dynamo.updateTable(r -> r.tableName(name).streamSpecification(NEW_IMAGES));
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
        }
    }

    private static List<KeySchemaElement> indexKeys(IndexSpec index, Map<String, KeyAttribute> attributes) {
        return List.of(key(index.partitionKey(), KeyType.HASH, attributes), key(index.sortKey(), KeyType.RANGE,
                attributes));
    }

    private static KeySchemaElement key(KeyAttribute attribute, KeyType type, Map<String, KeyAttribute> seen) {
        seen.put(attribute.name(), attribute);
        return KeySchemaElement.builder().attributeName(attribute.name()).keyType(type).build();
    }
}
