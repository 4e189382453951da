package dev.feira.tenancy.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.ServletContext;
import jakarta.websocket.WebSocketContainer;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How pages travel: the push socket is opened without per-message deflate (its buffers and zlib state were a large part of
 * what each open tab held on the server), its buffers are sized for the little the browser sends up it, and what pages ask
 * over HTTP comes back gzipped instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageTransportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void thePushSocketIsOpenedWithoutPerMessageDeflate() throws Exception {
        List<String> answer = new ArrayList<>();
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String key = Base64.getEncoder().encodeToString("feira-push-check".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(("GET /VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                answer.add(line);
            }
        }
        assertThat(answer).as("the handshake's answer").isNotEmpty();
        assertThat(answer.getFirst()).contains(" 101 ");
        assertThat(answer).noneMatch(header -> header.toLowerCase().startsWith("sec-websocket-extensions:"));
    }

    @Test
    void aPushSocketIsSizedForTheFewBytesTheBrowserSendsUpIt() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin")).build(),
                HttpResponse.BodyHandlers.discarding()); // Vaadin's service is up once it has served a page

        var tomcat = (WebSocketContainer) servletContext.getAttribute("jakarta.websocket.server.ServerContainer");
        assertThat(tomcat.getDefaultMaxTextMessageBufferSize()).isEqualTo(PushSocketBuffers.INCOMING_MESSAGE);
        assertThat(tomcat.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(PushSocketBuffers.INCOMING_MESSAGE);
        var atmosphere = java.util.Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast)
                .findFirst().orElseThrow();
        var sizes = atmosphere.getAtmosphereConfig();
        assertThat(sizes.getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE)).isEqualTo("1024");
        assertThat(sizes.getInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE)).isEqualTo("1024");
        assertThat(sizes.getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo("16");
    }

    @Test
    void aPageComesBackGzippedToABrowserThatAcceptsIt() throws Exception {
        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin"))
                .header("Accept-Encoding", "gzip").header("Accept-Language", "pt-BR").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var gzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))) {
            assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).contains("Entrar na Feira");
        }
    }
}
