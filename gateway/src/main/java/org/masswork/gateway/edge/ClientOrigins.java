package org.masswork.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.masswork.gateway.route.GatewayConfig;

/**
 * Who a request comes from and how it reached the edge: the client's address, the scheme and the host it asked for.
 * From the socket, unless the peer is a trusted proxy ({@code masswork.gateway.trusted-proxies}, addresses or CIDR
 * blocks, e.g. the ingress controller's pod network): then from the {@code Forwarded} (RFC 7239) or
 * {@code X-Forwarded-For/-Proto/-Host} headers it sent, the client being the last address in the chain that is not a
 * trusted proxy (nearest first, so a client cannot name itself by sending the header: the proxy appends what it saw).
 * Without trusted proxies, nothing forwarded is believed. The rate limit, the access log, the forwarded headers the
 * services get and the documents' server address all take it from here.
 */
@ApplicationScoped
public class ClientOrigins {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Block> trusted = new ArrayList<>();

    ClientOrigins(GatewayConfig config) {
        config.trustedProxies().orElse(List.of()).forEach(entry -> trusted.add(Block.parse(entry.trim())));
    }

    /** Where the request comes from, by the rules above. */
    public Origin of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        HostAndPort authority = request.authority();
        String host = authority == null ? null : authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
        Origin direct = new Origin(peer, request.scheme(), host, false);
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return direct;
        }
        Hops hops = hops(request);
        String client = peer;
        for (int i = hops.addresses().size() - 1; i >= 0 && isTrusted(client); i--) {
            String hop = hops.addresses().get(i);
            if (!ADDRESS.matcher(hop).matches() || parse(hop) == null) {
                break;
            }
            client = hop;
        }
        String scheme = hops.proto() != null && (hops.proto().equals("https") || hops.proto().equals("http")) ? hops.proto() : direct.scheme();
        String forwardedHost = hops.host() != null && HOST.matcher(hops.host()).matches() ? hops.host() : direct.host();
        return new Origin(client, scheme, forwardedHost, true);
    }

    public boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) {
            return false;
        }
        for (Block block : trusted) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param client    the client's address
     * @param scheme    {@code http} or {@code https}, as the client reached the edge
     * @param host      the host (and port) the client asked for, or {@code null}
     * @param forwarded whether a trusted proxy told it
     */
    public record Origin(String client, String scheme, String host, boolean forwarded) {
    }

    /** The addresses of the chain, nearest last, and the scheme and host the nearest proxy reported. */
    private record Hops(List<String> addresses, String proto, String host) {
    }

    private static Hops hops(HttpServerRequest request) {
        List<String> addresses = new ArrayList<>();
        String proto = null;
        String host = null;
        List<String> forwarded = request.headers().getAll("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    for (String pair : element.split(";")) {
                        int equals = pair.indexOf('=');
                        if (equals < 0) {
                            continue;
                        }
                        String name = pair.substring(0, equals).trim().toLowerCase(Locale.ROOT);
                        String value = unquote(pair.substring(equals + 1).trim());
                        switch (name) {
                            case "for" -> addresses.add(nodeAddress(value));
                            case "proto" -> proto = value.toLowerCase(Locale.ROOT);
                            case "host" -> host = value;
                            default -> {
                            }
                        }
                    }
                }
            }
            return new Hops(addresses, proto, host);
        }
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String address : header.split(",")) {
                addresses.add(nodeAddress(address.trim()));
            }
        }
        return new Hops(addresses, last(request.headers().getAll("X-Forwarded-Proto"), true), last(request.headers().getAll("X-Forwarded-Host"), false));
    }

    /** The value the nearest proxy set: the last of a list. */
    private static String last(List<String> values, boolean lowerCase) {
        if (values.isEmpty()) {
            return null;
        }
        String[] parts = values.get(values.size() - 1).split(",");
        String value = parts[parts.length - 1].trim();
        return lowerCase ? value.toLowerCase(Locale.ROOT) : value;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** {@code [2001:db8::1]:4711} and {@code 192.0.2.1:4711} name the address without the port. */
    private static String nodeAddress(String node) {
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    /** The address's bytes, for a literal IPv4 or IPv6 address only (never a name to look up). */
    private static byte[] parse(String address) {
        // Literals only: an IPv6 address has a colon, an IPv4 one is a dotted quad; nothing is ever looked up.
        if (address == null || !(address.contains(":") ? ADDRESS.matcher(address).matches() : IPV4.matcher(address).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address or a CIDR block. */
    private record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = ClientOrigins.parse(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalStateException("masswork.gateway.trusted-proxies: not an IP address or CIDR block: " + entry);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalStateException("masswork.gateway.trusted-proxies: bad prefix length in " + entry);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            BigInteger mask = prefix == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(network.length * 8 - prefix);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
