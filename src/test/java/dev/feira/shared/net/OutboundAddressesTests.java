package dev.feira.shared.net;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses are parsed from literals only: nothing here resolves a name or sends a packet. */
class OutboundAddressesTests {

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "100.127.255.254", "198.18.0.1", "198.19.255.255", "0.0.0.0", "224.0.0.1", "239.255.255.250", "255.255.255.255",
            "240.0.0.1", "192.0.0.8", "192.0.2.1", "203.0.113.9", "::", "fc00::1", "fd00:ec2::254", "fe80::1", "ff02::1",
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:a00:1::", "2001:db8::1", "127.0.0.1", "::1",
            "::ffff:127.0.0.1"})
    void privateReservedAndLocalAddressesAreRefused(String literal) throws Exception {
        assertThat(OutboundAddresses.publicOnly().allows(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "200.147.67.142", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "198.17.255.255", "198.20.0.1", "2800:3f0:4001:80a::200e", "::ffff:8.8.8.8"})
    void publicAddressesAreAllowed(String literal) throws Exception {
        assertThat(OutboundAddresses.publicOnly().allows(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1"})
    void loopbackOnlyWhenAllowedForDevelopment(String literal) throws Exception {
        assertThat(OutboundAddresses.publicAndLoopback().allows(InetAddress.getByName(literal))).isTrue();
        assertThat(OutboundAddresses.publicAndLoopback().allows(InetAddress.getByName("10.0.0.1"))).isFalse();
        assertThat(OutboundAddresses.publicAndLoopback().allows(InetAddress.getByName("169.254.169.254"))).isFalse();
    }
}
