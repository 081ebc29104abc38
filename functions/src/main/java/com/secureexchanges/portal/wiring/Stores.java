package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.dynamodb.DynamoAccountStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoChallengeStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoDomainDirectory;
import com.secureexchanges.portal.adapter.dynamodb.DynamoEventStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoImportDirectory;
import com.secureexchanges.portal.adapter.dynamodb.DynamoLicenseLedger;
import com.secureexchanges.portal.adapter.dynamodb.DynamoLoginStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoOrderBook;
import com.secureexchanges.portal.adapter.dynamodb.DynamoQuoteStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoRateLimiter;
import com.secureexchanges.portal.adapter.dynamodb.DynamoSessionStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoSignupStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoUserDirectory;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.AccountStore;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.domain.DomainDirectory;
import com.secureexchanges.portal.core.license.LicenseLedger;
import com.secureexchanges.portal.core.license.OrderBook;
import com.secureexchanges.portal.core.license.QuoteStore;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.core.signup.SignupStore;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.user.UserDirectory;
import com.secureexchanges.portal.core.userimport.ImportDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every store the portal runs on, from one technology: DynamoDB (in AWS, DynamoDB Local, LocalStack)
 * or memory (fast core tests). One set at a time, so that stores whose writes meet (a redeem writes a
 * session and events) share what they write to.
 */
public record Stores(LoginStore login, SessionStore sessions, ChallengeStore challenges,
                     ChallengeCompletion completion, UserDirectory users, AccountStore accounts, EventStore events,
                     RateLimiter limiter, DomainDirectory domains, ImportDirectory imports, SignupStore signups,
                     LicenseLedger licenses, OrderBook orders, QuoteStore quotes) {

    /** The DynamoDB stores over one client and one set of tables. */
    public static Stores onDynamo(DynamoDbClient dynamo, TableNames tables) {
        DynamoChallengeStore challenges = new DynamoChallengeStore(dynamo, tables);
        DynamoUserDirectory users = new DynamoUserDirectory(dynamo, tables);
        return new Stores(new DynamoLoginStore(dynamo, tables), new DynamoSessionStore(dynamo, tables), challenges,
                challenges, users, new DynamoAccountStore(dynamo, tables),
                new DynamoEventStore(dynamo, tables), new DynamoRateLimiter(dynamo, tables.auth()),
                new DynamoDomainDirectory(dynamo, tables), new DynamoImportDirectory(dynamo, tables),
                new DynamoSignupStore(dynamo, tables), new DynamoLicenseLedger(dynamo, tables),
                new DynamoOrderBook(dynamo, tables), new DynamoQuoteStore(dynamo, tables.auth()));
    }
}
