package dev.feira.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' calls into the app on loopback: tokens for the demo API clients and requests to a supplier's host. */
final class BenchHttp {

    static {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host"); // each supplier is a host name on loopback
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String host;

    BenchHttp(int port, String host) {
        this.port = port;
        this.host = host;
    }

    int port() {
        return port;
    }

    /** A client-credentials token of a demo API client (its secret is its id followed by "-secret-123"). */
    String token(String client) {
        try {
            String basic = Base64.getEncoder().encodeToString((client + ":" + client + "-secret-123").getBytes(StandardCharsets.UTF_8));
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                    .header("Host", "localhost:" + port).header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api")).build(), HttpResponse.BodyHandlers.ofString());
            return JsonMapper.builder().build().readTree(response.body()).path("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host + ":" + port)
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5));
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
