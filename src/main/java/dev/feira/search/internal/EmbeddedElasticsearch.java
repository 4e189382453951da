package dev.feira.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server (the distribution the build unpacks from Maven Central), started on
 * a free loopback port when no cluster is configured — once per JVM, shared by every application
 * context in it, stopped when the JVM exits.
 * <p>
 * Elasticsearch refuses to run as root. When we are root, it runs as an unprivileged user
 * ({@code nobody}) through {@code runuser}, with its configuration, data, logs and temp files in a
 * working directory that user owns — as zonky does for PostgreSQL.
 */
final class EmbeddedElasticsearch {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final String UNPRIVILEGED_USER = "nobody";
    private static EmbeddedElasticsearch shared;

    private final Process process;
    private final Path pidFile;
    private final Path consoleLog;
    private final String url;

    private EmbeddedElasticsearch(Process process, Path pidFile, Path consoleLog, String url) {
        this.process = process;
        this.pidFile = pidFile;
        this.consoleLog = consoleLog;
        this.url = url;
    }

    /** Starts the JVM's embedded server unless it runs already; does not wait for it to be healthy. */
    static synchronized EmbeddedElasticsearch shared(Path home, Path workDirectory) {
        if (shared == null || !shared.process.isAlive()) {
            shared = start(home, workDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-elasticsearch-stop"));
        }
        return shared;
    }

    String url() {
        return url;
    }

    /** Blocks until the cluster answers healthy, or fails naming the console log to read. */
    void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Embedded Elasticsearch exited with " + process.exitValue()
                        + "; see " + consoleLog);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Embedded Elasticsearch not healthy after " + timeout + "; see " + consoleLog);
    }

    private static EmbeddedElasticsearch start(Path home, Path workDirectory) {
        try {
            if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
                throw new IllegalStateException("No Elasticsearch distribution at " + home.toAbsolutePath()
                        + " — run the build once (./mvnw generate-resources) or configure feira.elasticsearch.url");
            }
            int port = freePort();
            Path work = workDirectory.toAbsolutePath();
            Path config = work.resolve("config");
            Files.createDirectories(work.resolve("data"));
            Files.createDirectories(work.resolve("logs"));
            Files.createDirectories(work.resolve("tmp"));
            copyConfig(home.resolve("config"), config);
            Path pidFile = work.resolve("elasticsearch.pid");
            Files.deleteIfExists(pidFile);
            Path consoleLog = work.resolve("logs/console.log");

            boolean root = "root".equals(System.getProperty("user.name"));
            Path runnableHome = root ? readableByUnprivilegedUser(home) : home.toAbsolutePath();
            Map<String, String> env = Map.of(
                    "ES_JAVA_HOME", System.getProperty("java.home"),
                    "ES_PATH_CONF", config.toString(),
                    "ES_TMPDIR", work.resolve("tmp").toString(),
                    "ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            List<String> command = new ArrayList<>();
            if (root) {
                run("chown", "-R", UNPRIVILEGED_USER, work.toString());
                command.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--", "env"));
                env.forEach((k, v) -> command.add(k + "=" + v));
            }
            command.addAll(List.of(runnableHome.resolve("bin/elasticsearch").toString(), "-p", pidFile.toString(),
                    "-E", "discovery.type=single-node",
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + port,
                    "-E", "transport.port=0",
                    "-E", "path.data=" + work.resolve("data"),
                    "-E", "path.logs=" + work.resolve("logs"),
                    "-E", "xpack.security.enabled=false",
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            String url = "http://127.0.0.1:" + port;
            log.info("Starting embedded Elasticsearch at {} (work directory {}{})", url, work,
                    root ? ", as user " + UNPRIVILEGED_USER : "");
            return new EmbeddedElasticsearch(process, pidFile, consoleLog, url);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded Elasticsearch", e);
        }
    }

    void stop() {
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(handle -> {
                    handle.destroy();
                    handle.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(t -> {
                        handle.destroyForcibly();
                        return handle;
                    }).join();
                });
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read Elasticsearch pid file {}: {}", pidFile, e.getMessage());
        }
        process.destroy();
    }

    /**
     * The unprivileged user must be able to read the distribution; a checkout under a private home
     * directory is not, so the distribution is copied once to a world-readable place.
     */
    private static Path readableByUnprivilegedUser(Path home) throws IOException {
        Path absolute = home.toAbsolutePath();
        if (run("runuser", "-u", UNPRIVILEGED_USER, "--", "test", "-x", absolute.resolve("bin/elasticsearch").toString()) == 0) {
            return absolute;
        }
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "feira-" + absolute.getFileName());
        if (!Files.isExecutable(copy.resolve("bin/elasticsearch"))) {
            run("cp", "-a", absolute.toString(), copy.toString());
            run("chmod", "-R", "a+rX", copy.toString());
        }
        return copy;
    }

    private static void copyConfig(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else if (!Files.exists(destination)) {
                    Files.copy(file, destination);
                }
            }
        }
    }

    private static int run(String... command) throws IOException {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted running " + String.join(" ", command), e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
