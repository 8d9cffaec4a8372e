package kz.dauys.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the {@code dauys.root} property set by the build, else by walking up. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        String configured = System.getProperty("dauys.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "deploy", "bin"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/bin/kafka.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Dauys repository root (no deploy/bin/kafka.sh above "
                + Path.of("").toAbsolutePath() + ")");
    }
}
