package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.dynamodb.DynamoAccountStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoChallengeStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoDeliveryLedger;
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
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import com.secureexchanges.portal.core.delivery.DeliveryLedger;
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
                     RateLimiter limiter, DomainDirectory domains, ImportDirectory imports, LicenseLedger licenses,
                     OrderBook orders, QuoteStore quotes, SignupStore signups, DeliveryLedger deliveries,
                     DeliveryFeed deliveryFeed) {

    /**
     * In AWS the auth table's stream invokes the deliveries function, and nothing in a function reads it: a
     * pump over this feed is a wiring mistake, and says so.
     */
    public static final DeliveryFeed STREAM_INVOKES_THE_DELIVERIES_FUNCTION = () -> {
        throw new IllegalStateException("in AWS the auth table's stream invokes the deliveries function");
    };

    /** The DynamoDB stores over one client and one set of tables, as the functions use them in AWS. */
    public static Stores onDynamo(DynamoDbClient dynamo, TableNames tables) {
        return onDynamo(dynamo, tables, STREAM_INVOKES_THE_DELIVERIES_FUNCTION);
    }

    /**
     * The DynamoDB stores with a reader of the deliveries the requests write: the local portal and tests read
     * the auth table's stream ({@code devserver/LocalStores}, in the test sources with the stream's client).
     */
    public static Stores onDynamo(DynamoDbClient dynamo, TableNames tables, DeliveryFeed deliveryFeed) {
        DynamoChallengeStore challenges = new DynamoChallengeStore(dynamo, tables);
        DynamoUserDirectory users = new DynamoUserDirectory(dynamo, tables);
        return new Stores(new DynamoLoginStore(dynamo, tables), new DynamoSessionStore(dynamo, tables), challenges,
                challenges, users, new DynamoAccountStore(dynamo, tables),
                new DynamoEventStore(dynamo, tables), new DynamoRateLimiter(dynamo, tables.auth()),
                new DynamoDomainDirectory(dynamo, tables), new DynamoImportDirectory(dynamo, tables),
                new DynamoLicenseLedger(dynamo, tables), new DynamoOrderBook(dynamo, tables),
                new DynamoQuoteStore(dynamo, tables.auth()), new DynamoSignupStore(dynamo, tables),
                new DynamoDeliveryLedger(dynamo, tables.auth()), deliveryFeed);
    }
}
