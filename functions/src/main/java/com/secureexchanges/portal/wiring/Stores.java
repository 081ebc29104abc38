package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.dynamodb.DynamoStores;
import com.secureexchanges.portal.core.account.AccountStore;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.domain.DomainDirectory;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.user.UserDirectory;

/**
 * Every store the portal runs on, from one technology: DynamoDB (in AWS, DynamoDB Local, LocalStack)
 * or memory (fast core tests). One set at a time, so that stores whose writes meet (a redeem writes a
 * session and events) share what they write to.
 */
public record Stores(LoginStore login, SessionStore sessions, ChallengeStore challenges,
                     ChallengeCompletion completion, UserDirectory users, AccountStore accounts, EventStore events,
                     RateLimiter limiter, DomainDirectory domains) {

    public static Stores of(DynamoStores dynamo) {
        return new Stores(dynamo.login(), dynamo.sessions(), dynamo.challenges(), dynamo.completion(), dynamo.users(),
                dynamo.accounts(), dynamo.events(), dynamo.limiter(), dynamo.domains());
    }
}
