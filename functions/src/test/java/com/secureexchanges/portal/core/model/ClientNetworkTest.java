package com.secureexchanges.portal.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Security review, finding 8: per-IP limits count an IPv6 /64 as one client. */
class ClientNetworkTest {

    @Test
    void ipv4_isItself() {
        assertEquals("203.0.113.7", ClientNetwork.of("203.0.113.7"));
    }

    @Test
    void ipv6_isItsSlash64_howeverItIsWritten() {
        String net = "2001:db8:1:2::/64";
        assertEquals(net, ClientNetwork.of("2001:db8:1:2::1"));
        assertEquals(net, ClientNetwork.of("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff"));
        assertEquals(net, ClientNetwork.of("2001:db8:1:2:abcd::"));
        assertEquals("0:0:0:0::/64", ClientNetwork.of("::1"));
        assertEquals("2001:db8:0:0::/64", ClientNetwork.of("2001:db8::"));
        assertEquals("2001:db8:1:2::/64", ClientNetwork.of("2001:db8:1:2:0:0:192.0.2.1"));
    }

    @Test
    void ipv4MappedAddresses_areIpv4() {
        assertEquals("192.0.2.1", ClientNetwork.of("::ffff:192.0.2.1"));
    }

    @Test
    void malformedValues_areKeptAsTheyAre() {
        for (String odd : new String[] {"unknown", "1::2::3", "12345::", "1:2:3", ":::", "1:2:3:4:5:6:7:8:9"}) {
            assertEquals(odd, ClientNetwork.of(odd), odd);
        }
    }
}
