package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.devserver.LocalDynamo;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Fresh tables in the JVM's DynamoDB Local, under a prefix of their own, for one test. */
final class DynamoFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final DynamoDbClient dynamo = LocalDynamo.shared().client();
    final TableNames tables = TableNames.prefixed("store" + COUNTER.incrementAndGet() + "-");

    DynamoFixture() {
        DynamoTables.createMissing(dynamo, tables);
    }

    int count(String table) {
        return dynamo.scan(r -> r.tableName(table)).count();
    }

    Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        return dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
    }
}
