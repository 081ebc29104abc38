package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.testing.CoreFixture;

/** The same sign-up requests, through the DynamoDB stores (DynamoDB Local). */
class DynamoSignupServiceTest extends SignupServiceTest {

    @Override
    CoreFixture fixture() {
        return new DynamoFixture().core();
    }
}
