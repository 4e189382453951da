package dev.feira.shared.net;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Reads a name's TXT records from DNS (dnsjava), uncached — a supplier who just created its record must not wait for
 * an earlier "none" to expire. The resolver is the system's, or {@code feira.dns.resolver} ({@code host:port}), e.g. a
 * validating resolver in production or a local server in tests.
 */
@Component
public class TxtRecords {

    private final String resolverAddress;

    TxtRecords(@Value("${feira.dns.resolver:}") String resolverAddress) {
        this.resolverAddress = resolverAddress;
    }

    /**
     * @return the strings of each TXT record (a record's strings joined, as RFC 7208 reads them); empty when the name has
     *         none or does not exist
     * @throws DnsUnavailable when no answer came (timeout, server failure): nothing can be concluded
     */
    public List<String> of(String name) {
        try {
            var lookup = new Lookup(Name.fromString(name.endsWith(".") ? name : name + "."), Type.TXT);
            lookup.setCache(null);
            lookup.setResolver(resolver());
            Record[] records = lookup.run();
            return switch (lookup.getResult()) {
                case Lookup.SUCCESSFUL -> {
                    var texts = new ArrayList<String>();
                    for (Record record : records) {
                        texts.add(String.join("", ((TXTRecord) record).getStrings()));
                    }
                    yield List.copyOf(texts);
                }
                case Lookup.HOST_NOT_FOUND, Lookup.TYPE_NOT_FOUND -> List.of();
                default -> throw new DnsUnavailable(name + ": " + lookup.getErrorString());
            };
        } catch (TextParseException e) {
            return List.of();
        }
    }

    private Resolver resolver() {
        try {
            if (resolverAddress.isBlank()) {
                return Lookup.getDefaultResolver();
            }
            int colon = resolverAddress.lastIndexOf(':');
            var resolver = new SimpleResolver(new InetSocketAddress(resolverAddress.substring(0, colon),
                    Integer.parseInt(resolverAddress.substring(colon + 1))));
            resolver.setTimeout(Duration.ofSeconds(3));
            return resolver;
        } catch (RuntimeException e) {
            throw new DnsUnavailable("resolver " + resolverAddress + ": " + e.getMessage());
        }
    }

    /** DNS did not answer: whether the record exists is unknown. */
    public static class DnsUnavailable extends RuntimeException {
        public DnsUnavailable(String message) {
            super(message);
        }
    }
}
