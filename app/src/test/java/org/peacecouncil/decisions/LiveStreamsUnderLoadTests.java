package org.peacecouncil.decisions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacecouncil.platform.LiveStreams;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.Eventually;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live streams cannot exhaust the server: clients that open streams and leave are noticed by the heartbeat and
 * dropped; one address gets no more than its share (429 problem); a decided motion's stream ends after its final state.
 * The lifetime is long here, so that only the heartbeat can account for dropped streams.
 */
@OnSqlite
@TestPropertySource(properties = {"peace-council.live.heartbeat-seconds=1", "peace-council.live.lifetime-seconds=600",
        "peace-council.live.max-streams=1500", "peace-council.live.max-streams-per-address=1001"})
class LiveStreamsUnderLoadTests extends CouncilTest {

    @Autowired
    private LiveStreams streams;

    private String openMotion() {
        return aVoteOnABudget(60).motion();
    }

    @Test
    void aThousandStreamsOpenedAndDroppedAreLetGoWithinThirtySecondsAndOneAddressGetsNoMoreThanItsShare() throws Exception {
        String motion = openMotion();
        Eventually.until("no stream held from earlier tests", () -> streams.held() == 0);
        var sockets = new ArrayList<Socket>();
        try {
            for (int i = 0; i < 1001; i++) {
                sockets.add(openStream("/api/v1/motions/" + motion + "/live"));
            }
            assertThat(streams.held()).isEqualTo(1001);
            var refused = anonymous().get("/api/v1/motions/" + motion + "/live", "Accept", "text/event-stream");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.isProblem()).as(refused.toString()).isTrue();
            assertThat(refused.header("Retry-After")).isNotBlank();
        } finally {
            for (Socket socket : sockets) {
                socket.close(); // the client leaves without a word
            }
        }
        long dropped = System.nanoTime();
        Eventually.until("every dropped stream let go", () -> streams.held() == 0);
        assertThat((System.nanoTime() - dropped) / 1e9).as("seconds until the server held none").isLessThan(30);
        assertThat(anonymous().get("/api/v1/council").status()).isEqualTo(200);
    }

    @Test
    void aDecidedMotionsStreamEndsOnceItHasSentTheFinalState() throws Exception {
        String motion = openMotion();
        try (Socket socket = openStream("/api/v1/motions/" + motion + "/live")) {
            secretariat().post("/api/v1/motions/" + motion + "/closing");
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            socket.setSoTimeout((int) Eventually.LIMIT.toMillis());
            var received = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                received.append(line).append('\n');
                if (line.equals("0")) { // the last chunk of a chunked answer: the server ended the stream
                    break;
                }
            }
            assertThat(received.toString()).contains("\"status\":\"REJECTED\"").contains("retry:");
        }
        Eventually.until("the ended stream let go", () -> streams.held() == 0);
        var afterwards = anonymous().get("/api/v1/motions/" + motion + "/live", "Accept", "text/event-stream");
        assertThat(afterwards.status()).as("a stream of a decided motion sends the final state and ends").isEqualTo(200);
        assertThat(afterwards.body()).contains("\"status\":\"REJECTED\"");
    }

    /** Opens a stream on a raw connection and waits for its first bytes, so the server holds it. */
    private Socket openStream(String path) throws IOException {
        var socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.setSoTimeout((int) Eventually.LIMIT.toMillis());
        var in = socket.getInputStream();
        byte[] first = new byte[12];
        int read = in.read(first);
        if (read <= 0 || !new String(first, 0, read, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200")) {
            socket.close();
            throw new AssertionError("the stream was not opened: " + new String(first, 0, Math.max(read, 0), StandardCharsets.US_ASCII));
        }
        return socket;
    }
}
