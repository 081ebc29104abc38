package com.secureexchanges.portal.adapter.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.devserver.LocalDynamo;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;

/** A local portal's tables kept from before an index existed get it at the next start. */
class DynamoTablesTest {

    @Test
    void anExistingTable_getsTheGlobalIndexesItLacks() {
        var dynamo = LocalDynamo.shared().client();
        TableNames names = TableNames.prefixed("indexes" + System.nanoTime() + "-");
        var bare = new com.secureexchanges.portal.config.TableSpec(Tables.DIRECTORY.id(), Tables.DIRECTORY.envVariable(),
                Tables.DIRECTORY.partitionKey(), Tables.DIRECTORY.sortKey(), Tables.DIRECTORY.ttlAttribute(), true,
                List.of(), List.of());
        dynamo.createTable(DynamoTables.request(bare, names.directory()));
        DynamoTables.createMissing(dynamo, names);
        List<String> indexes = dynamo.describeTable(r -> r.tableName(names.directory())).table()
                .globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).sorted().toList();
        assertEquals(List.of("usersByEmail", "usersByName"), indexes);
        DynamoTables.createMissing(dynamo, names);
    }
}
