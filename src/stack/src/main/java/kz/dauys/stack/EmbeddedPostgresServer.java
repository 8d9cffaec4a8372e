package kz.dauys.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server from binaries shipped in a jar, for machines without a PostgreSQL server.
 * Usage: {@code EmbeddedPostgresServer <dataDir> <port>}; runs until the process is stopped.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".dauys/data/postgres");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5432;
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .start();
        System.out.println("Embedded PostgreSQL listening on 127.0.0.1:" + postgres.getPort() + ", data in " + dataDir.toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        new CountDownLatch(1).await();
    }
}
