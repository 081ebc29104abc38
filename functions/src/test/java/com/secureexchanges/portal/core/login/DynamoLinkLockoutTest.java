package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.testing.CoreFixture;

/** The same lock-out attacks, against the DynamoDB store's conditions (DynamoDB Local). */
class DynamoLinkLockoutTest extends LinkLockoutTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }
}
