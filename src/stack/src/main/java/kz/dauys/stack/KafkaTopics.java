package kz.dauys.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A one-JVM readiness check and topic set-up for the local broker, run on the broker's class path.
 * <pre>
 * KafkaTopics await    --bootstrap HOST:PORT [--timeout SECONDS] [--pid PID]
 *                                                     exit 0 once the broker serves metadata; gives up early
 *                                                     when the broker process PID has exited
 * KafkaTopics ensure   --bootstrap HOST:PORT --file topics.txt     create missing topics (lines: name partitions)
 * KafkaTopics describe --bootstrap HOST:PORT                       print "name partitions" per topic
 * </pre>
 * Exit codes: 0 done, 1 broker not ready or an admin call failed, 2 wrong usage.
 */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("no command");
        }
        Map<String, String> options = options(args);
        String bootstrap = options.getOrDefault("--bootstrap", "127.0.0.1:9092");
        int exit = switch (args[0]) {
            case "await" -> await(bootstrap, Duration.ofSeconds(Long.parseLong(options.getOrDefault("--timeout", "90"))),
                    options.containsKey("--pid") ? Long.parseLong(options.get("--pid")) : -1);
            case "ensure" -> ensure(bootstrap, Path.of(required(options, "--file")));
            case "describe" -> describe(bootstrap);
            default -> {
                usage("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static int await(String bootstrap, Duration timeout, long pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
                System.err.println("the broker process " + pid + " has exited");
                return 1;
            }
            try (Admin admin = admin(bootstrap, 5_000)) {
                Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                admin.listTopics().names().get(5, TimeUnit.SECONDS);
                if (!nodes.isEmpty()) {
                    System.out.println("Kafka at " + bootstrap + " answers (" + nodes.size() + " broker)");
                    return 0;
                }
                last = "no broker registered yet";
            } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
                last = e.getCause() != null ? e.getCause().toString() : e.toString();
            }
            Thread.sleep(500);
        }
        System.err.println("Kafka at " + bootstrap + " did not answer within " + timeout.toSeconds() + " s: " + last);
        return 1;
    }

    private static int ensure(String bootstrap, Path file) throws IOException, InterruptedException {
        Map<String, Integer> wanted = readTopics(file);
        try (Admin admin = admin(bootstrap, 30_000)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            });
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                    System.out.println("topic " + topic.name() + " created with " + topic.numPartitions() + " partitions");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<String> present = wanted.keySet().stream().filter(existing::contains).toList();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames().get(30, TimeUnit.SECONDS);
                Map<String, NewPartitions> grow = new LinkedHashMap<>();
                for (String name : present) {
                    int has = descriptions.get(name).partitions().size();
                    int wants = wanted.get(name);
                    if (has < wants) {
                        grow.put(name, NewPartitions.increaseTo(wants));
                    } else if (has > wants) {
                        System.out.println("topic " + name + " has " + has + " partitions, more than the " + wants
                                + " in " + file + " (Kafka cannot shrink a topic; left as it is)");
                    }
                }
                if (!grow.isEmpty()) {
                    admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
                    grow.forEach((name, partitions) -> System.out.println("topic " + name + " grown to " + partitions.totalCount() + " partitions"));
                }
            }
            if (missing.isEmpty()) {
                System.out.println("all " + wanted.size() + " topics of " + file.getFileName() + " exist");
            }
            return 0;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("could not set up topics on " + bootstrap + ": " + (e.getCause() != null ? e.getCause() : e));
            return 1;
        }
    }

    private static int describe(String bootstrap) throws InterruptedException {
        try (Admin admin = admin(bootstrap, 15_000)) {
            Set<String> names = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(15, TimeUnit.SECONDS);
            new TreeMap<>(descriptions).forEach((name, description) ->
                    System.out.println(name + " " + description.partitions().size()));
            return 0;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("could not describe topics on " + bootstrap + ": " + (e.getCause() != null ? e.getCause() : e));
            return 1;
        }
    }

    static Map<String, Integer> readTopics(Path file) throws IOException {
        Map<String, Integer> topics = new LinkedHashMap<>();
        int number = 0;
        for (String raw : Files.readAllLines(file)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2 || !fields[1].matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException(file + ":" + number + ": expected 'name partitions', got '" + raw + "'");
            }
            topics.put(fields[0], Integer.parseInt(fields[1]));
        }
        return topics;
    }

    private static Admin admin(String bootstrap, int timeoutMs) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "dauys-stack");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000));
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return Admin.create(properties);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("bad option " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            usage("missing " + name);
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: KafkaTopics await|ensure|describe --bootstrap HOST:PORT [--timeout SECONDS] [--pid PID] [--file topics.txt]");
        System.exit(2);
    }
}
