package kz.dauys.resilience;

import java.nio.file.Files;
import java.nio.file.Path;

/** One line about the machine a figure was measured on: cores, CPU model, memory, load average. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        try {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            return "%d cores, %s, %d GiB, load average %s".formatted(Runtime.getRuntime().availableProcessors(), model,
                    Long.parseLong(memory) / 1024 / 1024, load.substring(0, load.indexOf(' ', load.indexOf(' ', load.indexOf(' ') + 1) + 1)));
        } catch (Exception e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }
}
