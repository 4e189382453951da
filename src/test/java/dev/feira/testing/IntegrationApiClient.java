package dev.feira.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the integration API as an ERP would: a client-credentials token from the built-in
 * authorization server, then requests to a tenant host. Tenant hosts (*.localhost) are reached on
 * loopback with their Host header, which the surefire configuration allows.
 */
public final class IntegrationApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    public IntegrationApiClient(int port) {
        this.port = port;
    }

    public String token(String clientId, String secret) {
        var response = tokenResponse(clientId, secret);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return body(response).path("access_token").asString();
    }

    public HttpResponse<String> tokenResponse(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Host", "localhost:" + port)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api")));
    }

    public HttpResponse<String> get(String host, String path, String token) {
        return send(request(host, path, token).GET());
    }

    /** A POST without a body and with one extra header (e.g. an Idempotency-Key). */
    public HttpResponse<String> postWithHeader(String host, String path, String token, String header, String value) {
        return send(request(host, path, token).header(header, value).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> delete(String host, String path, String token) {
        return send(request(host, path, token).DELETE());
    }

    public HttpResponse<String> put(String host, String path, String token, String jsonBody) {
        return send(request(host, path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public HttpResponse<byte[]> getBytes(String host, String path, String token) {
        try {
            return http.send(request(host, path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String host, String path, String token, String contentType, byte[] content) {
        return send(request(host, path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Any request: the method, an optional body with its content type, extra headers as name/value pairs. */
    public HttpResponse<String> call(String method, String host, String path, String token, String contentType, byte[] content,
                                     String... headers) {
        var request = request(host, path, token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, content == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String host, String path, String token) {
        var request = HttpRequest.newBuilder(uri(path)).header("Host", host + ":" + port).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
