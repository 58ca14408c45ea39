package org.masswork.infra;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Asks a broker for its API versions over the raw Kafka protocol. The listener port accepts TCP connections
 * before the broker processes requests, so only an answer proves it is ready. Avoids kafka-clients here.
 */
final class KafkaProbe {

    private static final short API_VERSIONS = 18;
    private static final short VERSION = 3;
    private static final int CORRELATION_ID = 0x4d57;

    private KafkaProbe() {
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(2000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] request = apiVersionsRequest();
            out.writeInt(request.length);
            out.write(request);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            // Any answer with our correlation id counts, even an error code: the broker is processing requests.
            return size >= 4 && in.readInt() == CORRELATION_ID;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean acceptsConnections(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] apiVersionsRequest() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        // Request header v2: api key, api version, correlation id, client id (int16 length), tagged fields.
        out.writeShort(API_VERSIONS);
        out.writeShort(VERSION);
        out.writeInt(CORRELATION_ID);
        byte[] clientId = "masswork-probe".getBytes(StandardCharsets.UTF_8);
        out.writeShort(clientId.length);
        out.write(clientId);
        out.writeByte(0);
        // ApiVersions v3 body: client software name and version as compact strings (length + 1), tagged fields.
        writeCompactString(out, "masswork-probe");
        writeCompactString(out, "1.0");
        out.writeByte(0);
        return bytes.toByteArray();
    }

    private static void writeCompactString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(bytes.length + 1);
        out.write(bytes);
    }
}
