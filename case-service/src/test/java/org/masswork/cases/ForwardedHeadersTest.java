package org.masswork.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.infra.MassWorkTestResource;

/**
 * A service believes forwarded headers only from the gateway (quarkus.http.proxy.trusted-proxies: this machine's
 * 127.0.0.1 here): from the gateway's address the Location names the public host and scheme it forwarded; from any
 * other address (127.0.0.5) they are ignored.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class ForwardedHeadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldBuildLinksFromTheForwardedHeadersOfTheGateway() throws IOException {
        String head = fileCase("127.0.0.1");

        assertThat(head).startsWith("HTTP/1.1 201");
        assertThat(location(head)).startsWith("https://masswork.county.example.org/api/v1/cases/");
    }

    @Test
    void shouldIgnoreForwardedHeadersFromAnyOtherAddress() throws IOException {
        String head = fileCase("127.0.0.5");

        assertThat(head).startsWith("HTTP/1.1 201");
        assertThat(location(head)).doesNotContain("masswork.county.example.org").startsWith("http://");
    }

    private static String fileCase(String from) throws IOException {
        Station station = CaseTestData.station();
        byte[] body = JSON.writeValueAsBytes(CaseTestData.problem(station));
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1:" + RestAssured.port + "\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + station.cadre() + "\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: 192.0.2.44\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: masswork.county.example.org\r\n"
                    + "X-Forwarded-Port: 443\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return all.substring(0, Math.max(0, all.indexOf("\r\n\r\n")));
        }
    }

    private static String location(String head) {
        return head.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).map(line -> line.substring(9).trim())
                .findFirst().orElseThrow(() -> new AssertionError("no Location in " + head));
    }
}
