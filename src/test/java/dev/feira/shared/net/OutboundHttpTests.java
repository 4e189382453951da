package dev.feira.shared.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calls are made only to checked addresses. The resolver is this test's own (names map to literals), and the
 * only server that is ever connected to listens on 127.0.0.1: no packet leaves the machine.
 */
class OutboundHttpTests {

    final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();
    final HostResolver resolver = host -> {
        List<InetAddress> known = names.get(host);
        if (known == null) {
            throw new UnknownHostException(host);
        }
        return known;
    };
    final List<String> received = new CopyOnWriteArrayList<>();
    HttpServer receiver;
    int port;

    @BeforeEach
    void loopbackReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/busy") ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        port = receiver.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aNameThatTurnsLocalAfterItWasCheckedIsNotCalled() throws Exception {
        try (var http = new OutboundHttp(resolver, OutboundAddresses.publicOnly())) {
            names.put("erp.cliente.test", List.of(InetAddress.getByName("200.147.67.142")));
            http.check(URI.create("https://erp.cliente.test/hooks"));

            names.put("erp.cliente.test", List.of(InetAddress.getLoopbackAddress())); // rebinding
            String error = http.post(URI.create("http://erp.cliente.test:" + port + "/hooks"), Map.of(), "{}");

            assertThat(error).isEqualTo("address not allowed");
            assertThat(received).isEmpty();
        }
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() throws Exception {
        try (var http = new OutboundHttp(resolver, OutboundAddresses.publicOnly())) {
            names.put("mixed.test", List.of(InetAddress.getByName("200.147.67.142"), InetAddress.getByName("10.0.0.7")));

            assertThatThrownBy(() -> http.check(URI.create("https://mixed.test/")))
                    .hasMessageContaining("not allowed");
            assertThatThrownBy(() -> http.check(URI.create("http://169.254.169.254/latest/meta-data/")))
                    .hasMessageContaining("not allowed");
            assertThatThrownBy(() -> http.check(URI.create("http://[::ffff:127.0.0.1]/")))
                    .hasMessageContaining("not allowed");
            assertThatThrownBy(() -> http.check(URI.create("ftp://mixed.test/")))
                    .hasMessageContaining("http(s)");
        }
    }

    @Test
    void theCallGoesToTheCheckedAddressUnderItsOwnNameAndFailuresAreToldGenerically() throws Exception {
        try (var http = new OutboundHttp(resolver, OutboundAddresses.publicAndLoopback())) {
            names.put("erp.local.test", List.of(InetAddress.getLoopbackAddress()));

            assertThat(http.post(URI.create("http://erp.local.test:" + port + "/hooks"), Map.of("Feira-Event", "order.placed"), "{}")).isNull();
            assertThat(received).containsExactly("erp.local.test:" + port);
            assertThat(http.post(URI.create("http://erp.local.test:" + port + "/busy"), Map.of(), "{}")).isEqualTo("HTTP 503");
            assertThat(http.post(URI.create("http://unknown.test:" + port + "/"), Map.of(), "{}")).isEqualTo("unknown host");
            assertThat(http.post(URI.create("http://10.0.0.7:" + port + "/"), Map.of(), "{}")).isEqualTo("address not allowed");
            receiver.stop(0);
            assertThat(http.post(URI.create("http://erp.local.test:" + port + "/hooks"), Map.of(), "{}")).isEqualTo("connection refused");
        }
    }
}
