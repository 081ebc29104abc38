package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.dynamodb.DynamoAccountStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoChallengeStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoDeliveryLedger;
import com.secureexchanges.portal.adapter.dynamodb.DynamoDeliveryStream;
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
import com.secureexchanges.portal.core.delivery.Delivery;
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
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

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
     * The DynamoDB stores over one client and one set of tables. The feed reads the auth table's stream
     * (the local portal and tests; in AWS the stream invokes the deliveries function): its client is
     * built on first use, from the table client's region, endpoint and credentials.
     */
    public static Stores onDynamo(DynamoDbClient dynamo, TableNames tables) {
        DynamoChallengeStore challenges = new DynamoChallengeStore(dynamo, tables);
        DynamoUserDirectory users = new DynamoUserDirectory(dynamo, tables);
        return new Stores(new DynamoLoginStore(dynamo, tables), new DynamoSessionStore(dynamo, tables), challenges,
                challenges, users, new DynamoAccountStore(dynamo, tables),
                new DynamoEventStore(dynamo, tables), new DynamoRateLimiter(dynamo, tables.auth()),
                new DynamoDomainDirectory(dynamo, tables), new DynamoImportDirectory(dynamo, tables),
                new DynamoLicenseLedger(dynamo, tables), new DynamoOrderBook(dynamo, tables),
                new DynamoQuoteStore(dynamo, tables.auth()), new DynamoSignupStore(dynamo, tables),
                new DynamoDeliveryLedger(dynamo, tables.auth()), new LazyFeed(dynamo, tables.auth()));
    }

    /** The stream of the auth table, its client built on first use. */
    private static final class LazyFeed implements DeliveryFeed {

        private final Lazy<DeliveryFeed> feed;

        LazyFeed(DynamoDbClient dynamo, String authTable) {
            feed = Lazy.of(() -> {
                var config = dynamo.serviceClientConfiguration();
                var streams = DynamoDbStreamsClient.builder().region(config.region())
                        .credentialsProvider(config.credentialsProvider())
                        .httpClient(UrlConnectionHttpClient.create());
                config.endpointOverride().ifPresent(streams::endpointOverride);
                return new DynamoDeliveryStream(dynamo, streams.build(), authTable);
            });
        }

        @Override
        public List<Delivery> next() {
            return feed.get().next();
        }
    }
}
