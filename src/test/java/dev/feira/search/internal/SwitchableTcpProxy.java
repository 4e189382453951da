package dev.feira.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on loopback that a test can cut and restore: while it is down, connections to
 * its port are refused, as they would be by a server that crashed. The server behind it stays real.
 */
final class SwitchableTcpProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    /** A proxy in front of this JVM's embedded Elasticsearch (started if it is not running yet). */
    static SwitchableTcpProxy toEmbeddedElasticsearch() throws IOException {
        var embedded = EmbeddedElasticsearch.shared(java.nio.file.Path.of("target/elasticsearch/elasticsearch-8.19.21"),
                java.nio.file.Files.createTempDirectory("feira-elasticsearch-"));
        return new SwitchableTcpProxy(java.net.URI.create(embedded.url()).getPort());
    }

    /** Its address, for {@code feira.elasticsearch.url}. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    SwitchableTcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        up();
    }

    int port() {
        return port;
    }

    synchronized void up() throws IOException {
        var socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread.ofVirtual().start(() -> accept(socket));
    }

    synchronized void down() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(target);
                Thread.ofVirtual().start(() -> pipe(client, target));
                Thread.ofVirtual().start(() -> pipe(target, client));
            } catch (IOException e) {
                return; // closed: the proxy is down
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // one side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        down();
    }
}
