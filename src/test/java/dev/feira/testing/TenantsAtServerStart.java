package dev.feira.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Notes which tenants the application knew at the moment its web server began to take requests (registered
 * for every test application in {@code META-INF/spring.factories}): a host must answer from the first request,
 * not some seconds after "Started".
 */
public class TenantsAtServerStart implements ApplicationListener<WebServerInitializedEvent> {

    private static final Map<Integer, List<String>> SLUGS_BY_PORT = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        event.getApplicationContext().getBeanProvider(TenantDirectory.class).ifAvailable(tenants ->
                SLUGS_BY_PORT.put(event.getWebServer().getPort(), tenants.all().stream().map(TenantProfile::slug).toList()));
    }

    /** The slugs of the tenants known when the server on this port started; empty if it never did. */
    public static List<String> whenServingOn(int port) {
        return SLUGS_BY_PORT.getOrDefault(port, List.of());
    }
}
