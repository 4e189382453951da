package dev.feira.shared.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.net.InetAddressUtils;

/**
 * HTTP calls to addresses a customer chose (webhooks): the host is resolved once, every address it resolves to
 * must be {@link OutboundAddresses#allows allowed}, and the connection goes to exactly those addresses — so a
 * name that answered a public address when checked cannot point the call at the platform's own network when it
 * is made (DNS rebinding). No redirects are followed. What went wrong is told in a few generic words, never as
 * the raw text of another protocol's error.
 */
public final class OutboundHttp implements AutoCloseable {

    /** The refusal of a host whose addresses are not all allowed. */
    public static final class AddressNotAllowed extends UnknownHostException {
        AddressNotAllowed(String host) {
            super(host);
        }
    }

    private final HostResolver resolver;
    private final OutboundAddresses addresses;
    private final CloseableHttpClient client;

    public OutboundHttp(HostResolver resolver, OutboundAddresses addresses) {
        this.resolver = resolver;
        this.addresses = addresses;
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckedResolver())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(5, TimeUnit.SECONDS).setSocketTimeout(10, TimeUnit.SECONDS).build())
                .build();
        // A connection per call: receivers are many and called now and then, and a kept-alive connection the
        // receiver has closed meanwhile would fail the next call.
        this.client = HttpClients.custom().setConnectionManager(connections)
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().build();
    }

    /**
     * Checks that a URL may be called: http(s), a host, every address of it allowed.
     *
     * @throws IllegalArgumentException saying what is wrong with the URL
     */
    public void check(URI url) {
        if (url == null || !List.of("http", "https").contains(String.valueOf(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("A URL here is http(s)://host/path");
        }
        try {
            allowedAddresses(url.getHost());
        } catch (AddressNotAllowed refused) {
            throw new IllegalArgumentException("Calls to " + url.getHost() + " are not allowed: it is a local, private or reserved address");
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("Unknown host " + url.getHost());
        }
    }

    /** Posts the body; answers null when the receiver said 2xx, otherwise what went wrong in a few generic words. */
    public String post(URI url, Map<String, String> headers, String json) {
        var post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        try {
            allowedAddresses(url.getHost()); // an address literal never reaches the connection's resolver
            int status = client.execute(post, response -> response.getCode());
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (AddressNotAllowed e) {
            return "address not allowed";
        } catch (UnknownHostException e) {
            return "unknown host";
        } catch (ConnectException e) {
            return "connection refused";
        } catch (SocketTimeoutException e) { // connecting (ConnectTimeoutException) or reading
            return "timed out";
        } catch (SSLException e) {
            return "TLS failed";
        } catch (InterruptedIOException e) {
            return "interrupted";
        } catch (IOException | RuntimeException e) {
            return "connection failed";
        }
    }

    private InetAddress[] allowedAddresses(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> all = InetAddressUtils.isIPv4(bare) || bare.contains(":")
                ? List.of(InetAddress.getByName(bare)) // an address literal: parsed, never looked up
                : resolver.resolve(bare);
        if (all.isEmpty() || !all.stream().allMatch(addresses::allows)) {
            throw new AddressNotAllowed(host);
        }
        return all.toArray(InetAddress[]::new);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private final class CheckedResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return allowedAddresses(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
