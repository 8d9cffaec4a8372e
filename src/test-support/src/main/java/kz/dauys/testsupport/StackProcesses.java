package kz.dauys.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts (or reuses) the test broker and test Keycloak through the same scripts as the local run. */
final class StackProcesses {

    private static volatile boolean running;

    private StackProcesses() {
    }

    static synchronized void ensureRunning() {
        if (running) {
            return;
        }
        Path root = RepositoryRoot.find();
        String lease = Long.toString(buildProcessId());
        Path logDir = root.resolve(".dauys/logs");
        try {
            Files.createDirectories(logDir);
            Process kafka = script(root, logDir.resolve("test-kafka-start.out"), "deploy/bin/kafka.sh", "start",
                    "--name", "test-kafka", "--port", Integer.toString(DauysTestStack.KAFKA_PORT),
                    "--controller-port", Integer.toString(DauysTestStack.KAFKA_CONTROLLER_PORT), "--lease", lease);
            Process keycloak = script(root, logDir.resolve("test-keycloak-start.out"), "deploy/bin/keycloak.sh", "start",
                    "--name", "test-keycloak", "--port", Integer.toString(DauysTestStack.KEYCLOAK_PORT),
                    "--fresh", "--lease", lease);
            awaitSuccess("Kafka test broker", kafka, logDir.resolve("test-kafka-start.out"));
            awaitSuccess("Keycloak test server", keycloak, logDir.resolve("test-keycloak-start.out"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test stack: " + e.getMessage(), e);
        }
        running = true;
    }

    private static Process script(Path root, Path output, String script, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(root.resolve(script).toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    private static void awaitSuccess(String what, Process process, Path output) throws IOException {
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not become ready within 300 s; see " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + what, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed to start (exit " + process.exitValue() + "):\n"
                    + Files.readString(output));
        }
    }

    /**
     * The Maven JVM running this build (the stack is leased to it so it survives from one module's
     * tests to the next); this JVM when tests run some other way.
     */
    static long buildProcessId() {
        Optional<ProcessHandle> candidate = ProcessHandle.current().parent();
        while (candidate.isPresent()) {
            ProcessHandle process = candidate.get();
            String commandLine = process.info().commandLine().orElse("");
            if (commandLine.contains("classworlds") || commandLine.contains("org.apache.maven")) {
                return process.pid();
            }
            candidate = process.parent();
        }
        return ProcessHandle.current().pid();
    }
}
