package com.secureexchanges.portal.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * An authoritative DNS server of our own on loopback, UDP and TCP on the same port, built on dnsjava's
 * message classes: tests publish TXT records on it and point {@code DNS_RESOLVERS} at {@link #address()}.
 * A UDP answer larger than 512 bytes is sent truncated, as a real server does, so the client must
 * retry over TCP. It can also fail ({@code SERVFAIL}) or stay silent, to test what the client does then.
 */
public final class LoopbackDns implements AutoCloseable {

    /** How the server answers. */
    public enum Mode { ANSWER, SERVFAIL, SILENT }

    private static final int UDP_LIMIT = 512;

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Map<String, List<String>> txt = new ConcurrentHashMap<>();
    private final Map<String, String> cnames = new ConcurrentHashMap<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final AtomicInteger tcpQueries = new AtomicInteger();
    private volatile Mode mode = Mode.ANSWER;

    public LoopbackDns() {
        try {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            tcp = new ServerSocket(0, 16, loopback);
            udp = new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("dns-udp", this::serveUdp);
        daemon("dns-tcp", this::serveTcp);
    }

    /** {@code 127.0.0.1:port}, as {@code DNS_RESOLVERS} takes it. */
    public String address() {
        return tcp.getInetAddress().getHostAddress() + ":" + tcp.getLocalPort();
    }

    /** Publishes one more TXT value at {@code name}. */
    public void publish(String name, String value) {
        txt.computeIfAbsent(key(name), k -> new CopyOnWriteArrayList<>()).add(value);
    }

    /**
     * Makes {@code name} a CNAME of {@code target}, answered as a recursive resolver does: the CNAME and
     * the target's TXT records in one answer.
     */
    public void alias(String name, String target) {
        cnames.put(key(name), key(target));
    }

    /** Removes every record at {@code name}. */
    public void unpublish(String name) {
        txt.remove(key(name));
    }

    public void mode(Mode changed) {
        this.mode = changed;
    }

    /** The names asked, in order. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    public int tcpQueries() {
        return tcpQueries.get();
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private void serveUdp() {
        byte[] buffer = new byte[4096];
        while (!udp.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                byte[] query = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
                byte[] answer = answer(query, false);
                if (answer != null) {
                    udp.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                }
            } catch (IOException closedOrBad) {
                // closed, or a packet we cannot read: serve the next
            }
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            try (Socket socket = tcp.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                tcpQueries.incrementAndGet();
                byte[] answer = answer(query, true);
                if (answer != null) {
                    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                    out.writeShort(answer.length);
                    out.write(answer);
                    out.flush();
                }
            } catch (IOException closedOrBad) {
                // closed, or a connection that went away: serve the next
            }
        }
    }

    private byte[] answer(byte[] wire, boolean overTcp) throws IOException {
        Message query = new Message(wire);
        Record question = query.getQuestion();
        questions.add(key(question.getName().toString()));
        if (mode == Mode.SILENT) {
            return null;
        }
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        response.addRecord(question, Section.QUESTION);
        if (mode == Mode.SERVFAIL) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
            return response.toWire();
        }
        String asked = key(question.getName().toString());
        Name owner = question.getName();
        if (cnames.containsKey(asked)) {
            Name target = Name.fromString(cnames.get(asked) + ".");
            response.addRecord(new CNAMERecord(owner, DClass.IN, 60, target), Section.ANSWER);
            asked = cnames.get(asked);
            owner = target;
        }
        List<String> values = txt.get(asked);
        if (values == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (question.getType() == Type.TXT) {
            for (String value : values) {
                response.addRecord(new TXTRecord(owner, DClass.IN, 60, chunks(value)), Section.ANSWER);
            }
        }
        byte[] out = response.toWire();
        if (!overTcp && out.length > UDP_LIMIT) {
            Message truncated = new Message(query.getHeader().getID());
            truncated.getHeader().setFlag(Flags.QR);
            truncated.getHeader().setFlag(Flags.AA);
            truncated.getHeader().setFlag(Flags.TC);
            truncated.addRecord(question, Section.QUESTION);
            return truncated.toWire();
        }
        return out;
    }

    /** A TXT value as DNS carries it: character-strings of at most 255 bytes. */
    private static List<String> chunks(String value) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.length(); i += 255) {
            out.add(value.substring(i, Math.min(value.length(), i + 255)));
        }
        return out.isEmpty() ? List.of("") : out;
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing
        }
    }

}
