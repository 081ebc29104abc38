package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.IndexSpec;
import com.secureexchanges.portal.config.KeyAttribute;
import com.secureexchanges.portal.config.TableSpec;
import com.secureexchanges.portal.config.Tables;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.LocalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The tables of {@link Tables}, exactly as the code defines them: on demand, encrypted, TTL where
 * items expire, point-in-time recovery and deletion protection on lasting data. Local indexes exist
 * only if created with their table, so they are defined here from the first deployment on.
 */
public final class DataTables extends Construct {

    /** @param lastingData protect lasting tables from deletion and keep them when the stack goes */
    public record Props(String stage, boolean lastingData) {
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    public DataTables(Construct scope, String id, Props props) {
        super(scope, id);
        for (TableSpec spec : Tables.all()) {
            boolean protect = spec.lasting() && props.lastingData();
            Table.Builder builder = Table.Builder.create(this, spec.id())
                    .tableName("portal-" + props.stage() + "-" + spec.id())
                    .partitionKey(attribute(spec.partitionKey()))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .encryption(TableEncryption.AWS_MANAGED)
                    .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                            .pointInTimeRecoveryEnabled(spec.lasting()).build())
                    .deletionProtection(protect)
                    .removalPolicy(protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
            spec.sortKey().ifPresent(sk -> builder.sortKey(attribute(sk)));
            spec.ttlAttribute().ifPresent(builder::timeToLiveAttribute);
            if (spec.stream()) {
                builder.stream(StreamViewType.NEW_IMAGE);
            }
            Table table = builder.build();
            for (IndexSpec index : spec.indexes()) {
                table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder().indexName(index.name())
                        .partitionKey(attribute(index.partitionKey())).sortKey(attribute(index.sortKey())).build());
            }
            for (IndexSpec index : spec.localIndexes()) {
                if (!index.partitionKey().equals(spec.partitionKey())) {
                    throw new IllegalArgumentException("The local index " + index.name() + " of " + spec.id()
                            + " must use the table's partition key " + spec.partitionKey().name());
                }
                table.addLocalSecondaryIndex(LocalSecondaryIndexProps.builder().indexName(index.name())
                        .sortKey(attribute(index.sortKey())).build());
            }
            tables.put(spec.id(), table);
        }
    }

    public Table table(TableSpec spec) {
        return tables.get(spec.id());
    }

    /** Every table by id. */
    public Map<String, Table> all() {
        return tables;
    }

    private static Attribute attribute(KeyAttribute key) {
        return Attribute.builder().name(key.name())
                .type(key.type() == KeyAttribute.Type.NUMBER ? AttributeType.NUMBER : AttributeType.STRING).build();
    }
}
