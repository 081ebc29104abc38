package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.testing.CoreFixture;

/** The same through the DynamoDB stores: the requirement travels from the user to the claim, the link and the redeem. */
class DynamoAdminTwoFactorTest extends AdminTwoFactorTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }
}
