package com.secureexchanges.portal.core.delivery;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.OutgoingMessage;
import com.secureexchanges.portal.core.port.OutgoingSms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A message as the bytes that are sealed: a version, the channel, then its fields as length-prefixed
 * UTF-8. Decoding anything else (another version, a truncated or altered payload) answers empty.
 */
final class MessageCodec {

    private static final int VERSION = 1;
    private static final int EMAIL = 'E';
    private static final int SMS = 'S';

    private MessageCodec() {
    }

    static byte[] encode(OutgoingMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            switch (message) {
                case OutgoingEmail email -> {
                    out.writeByte(EMAIL);
                    write(out, email.to().value());
                    write(out, email.subject());
                    write(out, email.text());
                    write(out, email.html());
                    out.writeBoolean(email.sensitive());
                }
                case OutgoingSms sms -> {
                    out.writeByte(SMS);
                    write(out, sms.to().value());
                    write(out, sms.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Optional<OutgoingMessage> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                return Optional.empty();
            }
            OutgoingMessage message = switch (in.readByte()) {
                case EMAIL -> new OutgoingEmail(new EmailAddress(read(in)), read(in), read(in), read(in),
                        in.readBoolean());
                case SMS -> new OutgoingSms(new PhoneNumber(read(in)), read(in));
                default -> null;
            };
            return in.available() == 0 ? Optional.ofNullable(message) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static Delivery.Channel channel(OutgoingMessage message) {
        return message instanceof OutgoingSms ? Delivery.Channel.SMS : Delivery.Channel.EMAIL;
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("truncated");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
