package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.devserver.LocalDynamo;
import com.secureexchanges.portal.devserver.LocalStores;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.wiring.Stores;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Fresh tables in the JVM's DynamoDB Local, under a prefix of their own, for one test. */
public final class DynamoFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final DynamoDbClient dynamo = LocalDynamo.shared().client();
    public final TableNames tables = TableNames.prefixed("store" + COUNTER.incrementAndGet() + "-");

    public DynamoFixture() {
        DynamoTables.createMissing(dynamo, tables);
    }

    /** The DynamoDB adapters over these tables, for running the core services on the real engine. */
    public Stores stores() {
        return LocalStores.onDynamo(dynamo, tables);
    }

    /** The core services over these tables. */
    public CoreFixture core() {
        return core(LoginPolicy.DEFAULT);
    }

    public CoreFixture core(LoginPolicy policy) {
        return new CoreFixture(stores(), policy, () -> count(tables.sessions()));
    }

    public int count(String table) {
        return dynamo.scan(r -> r.tableName(table)).count();
    }

    Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        return dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
    }
}
