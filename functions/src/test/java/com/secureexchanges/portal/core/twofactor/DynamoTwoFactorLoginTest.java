package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.testing.CoreFixture;

/** The SMS sign-in tests again, over the DynamoDB stores on DynamoDB Local: the conditions hold there too. */
class DynamoTwoFactorLoginTest extends TwoFactorLoginTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }
}
