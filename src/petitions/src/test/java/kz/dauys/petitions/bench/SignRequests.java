package kz.dauys.petitions.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The signing requests of the load phases over plain keep-alive HTTP/1.1 sockets. The JDK's
 * HttpClient used about 0.6 ms of CPU per request on this machine, a fifth of what the service used,
 * on the same two cores; a load generator should take as little as it can from the system it measures.
 * Only what the bench sends is supported: a POST without a body, answers with Content-Length or chunked.
 * At most {@code maxConnections} are open at once, like a load generator with a fixed set of
 * connections: when the service falls behind, the open loop's requests wait here (their latency
 * still counts from the intended send time) instead of opening sockets until the process runs out
 * of file descriptors and every new connection costs both sides more CPU.
 */
final class SignRequests implements Closeable {

    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final Semaphore connections;

    SignRequests(String serviceUrl, int maxConnections) {
        URI uri = URI.create(serviceUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.connections = new Semaphore(maxConnections);
    }

    /** Signs {@code petition} as the token's owner; an idle connection is reused, else one is opened. */
    Answer sign(UUID petition, String token) throws IOException, InterruptedException {
        connections.acquire();
        try {
            return send(petition, token);
        } finally {
            connections.release();
        }
    }

    private Answer send(UUID petition, String token) throws IOException {
        byte[] request = ("POST /api/petitions/" + petition + "/signatures HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAuthorization: Bearer " + token + "\r\nUser-Agent: dauys-signing-bench (java)\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        Connection connection = idle.poll();
        if (connection != null) {
            try {
                return answerAndKeep(connection, request);
            } catch (IOException stale) {
                // The server closed an idle connection: send once more on a fresh one (signing twice never counts twice).
                connection.close();
            }
        }
        return answerAndKeep(new Connection(host, port), request);
    }

    private Answer answerAndKeep(Connection connection, byte[] request) throws IOException {
        Answer answer;
        try {
            answer = connection.exchange(request);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        if (connection.reusable) {
            idle.add(connection);
        } else {
            connection.close();
        }
        return answer;
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            connection.close();
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean reusable = true;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine.isEmpty()) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> reusable = !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                reusable = false;
                body.write(in.readAllBytes());
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.toString();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
