package dev.feira.webhooks.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.feira.shared.net.HostResolver;
import dev.feira.shared.net.OutboundAddresses;
import dev.feira.shared.net.OutboundHttp;

/** Suppliers' webhooks reach public addresses only; local development may also call this machine's loopback. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean(destroyMethod = "close")
    OutboundHttp webhookHttp(ObjectProvider<HostResolver> resolver, @Value("${feira.webhooks.allow-loopback:false}") boolean allowLoopback) {
        return new OutboundHttp(resolver.getIfAvailable(HostResolver::system),
                allowLoopback ? OutboundAddresses.publicAndLoopback() : OutboundAddresses.publicOnly());
    }
}
