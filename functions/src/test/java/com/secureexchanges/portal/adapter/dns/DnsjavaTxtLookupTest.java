package com.secureexchanges.portal.adapter.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.port.TxtLookup;
import com.secureexchanges.portal.testing.LoopbackDns;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC U4: TXT lookups with dnsjava, over UDP and TCP, against a DNS server of our own on loopback. */
class DnsjavaTxtLookupTest {

    private static final String NAME = "_secure-exchanges-challenge.acme.example";

    private final LoopbackDns dns = new LoopbackDns();
    private final TxtLookup lookup = DnsjavaTxtLookup.of(List.of(dns.address()), Duration.ofSeconds(2));

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void answersEveryTxtValue_atTheName() {
        dns.publish(NAME, "secure-exchanges-verification=abc");
        dns.publish(NAME, "v=spf1 -all");
        assertEquals(List.of("secure-exchanges-verification=abc", "v=spf1 -all"), lookup.txt(NAME));
        assertEquals(0, dns.tcpQueries(), "a small answer comes over UDP");
    }

    @Test
    void aValueLongerThanOneString_isJoined() {
        String value = "x".repeat(300);
        dns.publish(NAME, value);
        assertEquals(List.of(value), lookup.txt(NAME));
    }

    @Test
    void aTruncatedUdpAnswer_isAskedAgainOverTcp() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            values.add("value-" + i + "-" + "y".repeat(60));
            dns.publish(NAME, values.getLast());
        }
        assertEquals(values, lookup.txt(NAME));
        assertEquals(1, dns.tcpQueries());
    }

    /**
     * A value at the end of a CNAME does not count: with a wildcard CNAME in the parent zone, the record's
     * name would point into a zone someone else runs (review of the change, finding 6).
     */
    @Test
    void onlyRecordsOwnedByTheNameAsked_count_notThoseAtACnamesTarget() {
        dns.alias(NAME, "tenant-123.hosting.example");
        dns.publish("tenant-123.hosting.example", "secure-exchanges-verification=abc");
        assertEquals(List.of(), lookup.txt(NAME));
    }

    @Test
    void aNameThatDoesNotExist_hasNoValues() {
        assertEquals(List.of(), lookup.txt("_secure-exchanges-challenge.nowhere.example"));
    }

    @Test
    void aServerFailure_orSilence_isNoAnswer() {
        dns.mode(LoopbackDns.Mode.SERVFAIL);
        assertThrows(TxtLookup.LookupFailed.class, () -> lookup.txt(NAME));
        dns.mode(LoopbackDns.Mode.SILENT);
        TxtLookup impatient = DnsjavaTxtLookup.of(List.of(dns.address()), Duration.ofMillis(300));
        assertThrows(TxtLookup.LookupFailed.class, () -> impatient.txt(NAME));
    }

    @Test
    void theNextResolver_answersWhenTheFirstIsSilent() {
        try (LoopbackDns silent = new LoopbackDns()) {
            silent.mode(LoopbackDns.Mode.SILENT);
            dns.publish(NAME, "found");
            TxtLookup two = DnsjavaTxtLookup.of(List.of(silent.address(), dns.address()), Duration.ofSeconds(3));
            assertEquals(List.of("found"), two.txt(NAME));
            assertTrue(dns.questions().contains(NAME));
        }
    }

    @Test
    void resolverEntries_areHostAndPort() {
        assertEquals(new InetSocketAddress("127.0.0.1", 5353), DnsjavaTxtLookup.address("127.0.0.1:5353"));
        assertEquals(new InetSocketAddress("127.0.0.1", 53), DnsjavaTxtLookup.address(" 127.0.0.1 "));
        assertEquals(new InetSocketAddress("::1", 5353), DnsjavaTxtLookup.address("[::1]:5353"));
        assertEquals(new InetSocketAddress("::1", 53), DnsjavaTxtLookup.address("::1"));
        assertThrows(IllegalArgumentException.class, () -> DnsjavaTxtLookup.address("127.0.0.1:99999"));
        assertThrows(IllegalArgumentException.class, () -> DnsjavaTxtLookup.address("[::1"));
    }
}
