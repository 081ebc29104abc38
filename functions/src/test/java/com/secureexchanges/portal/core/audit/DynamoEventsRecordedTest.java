package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.testing.CoreFixture;

/** The same events, recorded through the DynamoDB stores' transactions (DynamoDB Local). */
class DynamoEventsRecordedTest extends EventsRecordedTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }
}
