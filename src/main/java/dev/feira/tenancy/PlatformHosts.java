package dev.feira.tenancy;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bare host names of the marketplace itself (the buyer's cross-supplier view, the operators'
 * console and the sign-in service). Every other host must belong to a tenant.
 */
@ConfigurationProperties("feira.platform")
public record PlatformHosts(@DefaultValue({"localhost", "127.0.0.1"}) List<String> hosts) {

    public boolean isPlatformHost(String host) {
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
