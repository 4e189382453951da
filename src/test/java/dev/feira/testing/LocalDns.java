package dev.feira.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * A DNS server on loopback that answers TXT questions from a table the test fills (and NXDOMAIN for the rest), over
 * UDP like any resolver asks. The application's resolver ({@code feira.dns.resolver}) points here in every test
 * context, so a look-up never leaves the machine.
 */
public final class LocalDns {

    private static final LocalDns INSTANCE = new LocalDns();

    private final DatagramSocket socket;
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    private LocalDns() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("local-dns").start(this::serve);
    }

    public static LocalDns get() {
        return INSTANCE;
    }

    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** Publishes (or, with no values, withdraws) the TXT records of a name. */
    public void txt(String name, String... values) {
        String key = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "");
        if (values.length == 0) {
            texts.remove(key);
        } else {
            texts.put(key, List.of(values));
        }
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                var packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                var query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                var answer = answer(query).toWire();
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // a malformed packet or a closed socket: nothing to answer
            }
        }
    }

    private Message answer(Message query) {
        var response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        var question = query.getQuestion();
        response.addRecord(question, Section.QUESTION);
        Name name = question.getName();
        var values = texts.get(name.toString(true).toLowerCase(java.util.Locale.ROOT));
        if (values == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (question.getType() == Type.TXT) {
            values.forEach(v -> response.addRecord(new TXTRecord(name, DClass.IN, 60, v), Section.ANSWER));
        }
        return response;
    }

    public static final class ContextCustomizerFactory implements org.springframework.test.context.ContextCustomizerFactory {

        @Override
        public org.springframework.test.context.ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<org.springframework.test.context.ContextConfigurationAttributes> attributes) {
            return new Customizer();
        }
    }

    private static final class Customizer extends EveryContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("local-dns",
                    Map.of("feira.dns.resolver", get().address())));
        }

    }
}
