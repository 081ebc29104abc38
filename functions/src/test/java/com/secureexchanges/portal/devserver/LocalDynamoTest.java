package com.secureexchanges.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security review, finding 7: the local portal's database is neither on the network nor readable by others. */
class LocalDynamoTest {

    @Test
    void listensOnLoopbackOnly_andItsDataIsTheOwnersAlone(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("dynamodb");
        try (LocalDynamo dynamo = LocalDynamo.start(data)) {
            dynamo.client().listTables();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), dynamo.port()), 2000);
            }
            Optional<InetAddress> lan = lanAddress();
            assumeTrue(lan.isPresent(), "this machine has no network address besides loopback");
            assertThrows(ConnectException.class, () -> {
                try (Socket remote = new Socket()) {
                    remote.connect(new InetSocketAddress(lan.get(), dynamo.port()), 2000);
                }
            }, "not reachable at " + lan.get());
        }
    }

    private static Optional<InetAddress> lanAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
    }
}
