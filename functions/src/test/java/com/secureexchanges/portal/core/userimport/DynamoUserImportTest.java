package com.secureexchanges.portal.core.userimport;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.wiring.Stores;

/**
 * The same, on DynamoDB Local: claims read in batches, users written in transactions of up to 100 items,
 * a refused row set aside by its cancellation reason and the rest written again.
 */
class DynamoUserImportTest extends UserImportTest {

    @Override
    Stores stores() {
        return new DynamoFixture().stores();
    }
}
