package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.testing.CoreFixture;

/** The 2FA settings tests again, over the DynamoDB stores on DynamoDB Local. */
class DynamoSecondFactorSettingsTest extends SecondFactorSettingsTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }
}
