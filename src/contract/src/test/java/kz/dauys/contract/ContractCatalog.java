package kz.dauys.contract;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every {@code EVENT} descriptor declared in the contract's compiled classes. */
final class ContractCatalog {

    private ContractCatalog() {
    }

    static List<EventDescriptor<?>> descriptors() throws IOException, URISyntaxException, ClassNotFoundException, IllegalAccessException {
        Path root = Path.of(Topics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<EventDescriptor<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventDescriptor.class) {
                        found.add((EventDescriptor<?>) field.get(null));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(EventDescriptor::type));
        return found;
    }
}
