package dev.feira.shared.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses the platform may connect to on a customer's behalf (webhooks, callbacks): public unicast
 * only. Refused: loopback (unless allowed for local development), unspecified, link-local (cloud metadata at
 * 169.254.169.254), private (10/8, 172.16/12, 192.168/16), CGNAT (100.64/10), benchmark (198.18/15), IETF and
 * documentation ranges, multicast, reserved and broadcast, and in IPv6 unique-local (fc00::/7, which holds
 * fd00:ec2::254), link-local, multicast, and any IPv4 address carried inside an IPv6 one (mapped, compatible,
 * NAT64, 6to4, Teredo), which is judged as the IPv4 address it carries.
 */
public final class OutboundAddresses {

    private static final List<Block> REFUSED = List.of(
            Block.of("0.0.0.0/8"), Block.of("10.0.0.0/8"), Block.of("100.64.0.0/10"), Block.of("169.254.0.0/16"),
            Block.of("172.16.0.0/12"), Block.of("192.0.0.0/24"), Block.of("192.0.2.0/24"), Block.of("192.88.99.0/24"),
            Block.of("192.168.0.0/16"), Block.of("198.18.0.0/15"), Block.of("198.51.100.0/24"), Block.of("203.0.113.0/24"),
            Block.of("224.0.0.0/4"), Block.of("240.0.0.0/4"),
            Block.of("::/128"), Block.of("100::/64"), Block.of("2001:db8::/32"), Block.of("fc00::/7"), Block.of("fe80::/10"),
            Block.of("fec0::/10"), Block.of("ff00::/8"));
    private static final List<Block> LOOPBACK = List.of(Block.of("127.0.0.0/8"), Block.of("::1/128"));

    private final boolean loopbackAllowed;

    private OutboundAddresses(boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    /** Public unicast addresses only: production. */
    public static OutboundAddresses publicOnly() {
        return new OutboundAddresses(false);
    }

    /** Public ones and this machine's loopback: local development and tests, never private networks. */
    public static OutboundAddresses publicAndLoopback() {
        return new OutboundAddresses(true);
    }

    public boolean allows(InetAddress address) {
        InetAddress judged = embeddedIpv4(address);
        if (LOOPBACK.stream().anyMatch(block -> block.contains(judged))) {
            return loopbackAllowed;
        }
        return REFUSED.stream().noneMatch(block -> block.contains(judged));
    }

    /** The IPv4 address an IPv6 one carries (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32). */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = isZero(b, 0, 10);
        if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0 && !isZero(b, 12, 2)))) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && isZero(b, 4, 8)) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4(b[2], b[3], b[4], b[5]);
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return ipv4((byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]);
        }
        return address;
    }

    private static boolean isZero(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block of(String cidr) {
            String[] parts = cidr.split("/");
            try {
                return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
