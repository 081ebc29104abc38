package com.secureexchanges.portal.adapter.dns;

import com.secureexchanges.portal.core.port.TxtLookup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * TXT lookups with dnsjava against the resolvers of {@code DNS_RESOLVERS} ({@code host:port}, IPv6 as
 * {@code [::1]:53}), or the system's when none are given: UDP first, TCP when the answer was truncated,
 * the next resolver when one does not answer. Nothing is cached, so "Verify" sees what DNS says now.
 */
public final class DnsjavaTxtLookup implements TxtLookup {

    private final Resolver resolver;

    private DnsjavaTxtLookup(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param servers {@code host:port} entries; empty for the system's resolvers
     * @param timeout the whole lookup's; each resolver gets its share, so a silent first one leaves the
     *                next one time to answer
     */
    public static DnsjavaTxtLookup of(List<String> servers, Duration timeout) {
        List<InetSocketAddress> addresses = servers.isEmpty() ? ResolverConfig.getCurrentConfig().servers()
                : servers.stream().map(DnsjavaTxtLookup::address).toList();
        Duration share = timeout.dividedBy(Math.max(1, addresses.size()) * 2L);
        List<Resolver> each = addresses.stream().map(address -> {
            SimpleResolver resolver = new SimpleResolver(address);
            resolver.setTimeout(share);
            return (Resolver) resolver;
        }).toList();
        ExtendedResolver resolver = new ExtendedResolver(each);
        resolver.setRetries(2);
        resolver.setTimeout(timeout);
        return new DnsjavaTxtLookup(resolver);
    }

    /** {@code host:port}, {@code host} (port 53), {@code [v6]:port} or {@code [v6]}. */
    static InetSocketAddress address(String entry) {
        String value = entry.strip();
        String host = value;
        int port = 53;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("DNS_RESOLVERS: unclosed [ in " + value);
            }
            host = value.substring(1, close);
            if (value.length() > close + 1) {
                port = port(value.substring(close + 1), value);
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = port(value.substring(value.indexOf(':')), value);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("DNS_RESOLVERS: no host in " + value);
        }
        return new InetSocketAddress(host, port);
    }

    private static int port(String colonAndPort, String entry) {
        if (!colonAndPort.matches(":[0-9]{1,5}") || Integer.parseInt(colonAndPort.substring(1)) > 65535) {
            throw new IllegalArgumentException("DNS_RESOLVERS: bad port in " + entry);
        }
        return Integer.parseInt(colonAndPort.substring(1));
    }

    /**
     * Only TXT records owned by {@code name} itself count: not those at the end of a CNAME (a wildcard
     * CNAME of the parent zone would hand the proof to whoever runs its target), nor any other record a
     * resolver adds to its answer.
     */
    @Override
    public List<String> txt(String name) {
        Name owner;
        try {
            owner = Name.fromString(name, Name.root);
        } catch (TextParseException notAName) {
            throw new IllegalArgumentException("not a DNS name: " + name, notAName);
        }
        Record question = Record.newRecord(owner, Type.TXT, DClass.IN);
        Message response;
        try {
            response = resolver.send(Message.newQuery(question));
        } catch (IOException noAnswer) {
            throw new LookupFailed("no DNS resolver answered", noAnswer);
        }
        if (response.getQuestion() == null || !owner.equals(response.getQuestion().getName())) {
            throw new LookupFailed("the DNS answer is for another question", null);
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return List.of();
        }
        if (rcode != Rcode.NOERROR) {
            throw new LookupFailed("DNS answered " + Rcode.string(rcode), null);
        }
        List<String> values = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof TXTRecord txt && owner.equals(txt.getName())) {
                StringBuilder value = new StringBuilder();
                txt.getStringsAsByteArrays().forEach(part -> value.append(new String(part, StandardCharsets.UTF_8)));
                values.add(value.toString());
            }
        }
        return values;
    }
}
