package de.sozialraum.planning.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.sozialraum.planning.MeasurementFiles;
import de.sozialraum.planning.PlanningServiceApplication;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures one CSV import of {@code sozialräume × indicators × months} rows (default 500 × 20 × 10 =
 * 100,000) against planning-service running in this JVM, its stores in another process
 * ({@link BenchmarkStores}). Reports the time from the upload to the outcome, the phases, the time
 * until the read model shows every value, and the heap: the highest sampled use and the highest live
 * set after a collection. Run it with the services' heap ({@code -Xmx256m}) to show that an import
 * streams (docs/performance.md has the command and figures).
 */
public final class MeasurementImportBenchmark {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();

    private MeasurementImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sozialraumCount = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int indicatorCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean lastRowInvalid = args.length > 3 && "last-row-invalid".equals(args[3]);
        Process stores = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), BenchmarkStores.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, String> addresses = addresses(stores);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> properties = new HashMap<>(TestTokens.properties());
        properties.put("spring.mongodb.uri", addresses.get("MONGO"));
        properties.put("spring.mongodb.database", "bench_" + run);
        properties.put("spring.kafka.bootstrap-servers", addresses.get("KAFKA"));
        properties.put("sozialraum.publication.topic", "bench-events-" + run);
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        String[] arguments = properties.entrySet().stream().map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PlanningServiceApplication.class).run(arguments);
             MongoClient mongo = MongoClients.create(addresses.get("MONGO"))) {
            String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < indicatorCount; i++) {
                codes.add("indikator-" + i);
                send(base, "POST", "/api/kommunen/16053/indicators", "application/json", HttpRequest.BodyPublishers.ofString("""
                        {"code":"indikator-%d","name":"Indikator %d","unit":"%%","polarity":"LOWER_IS_BETTER","category":"SOCIAL","source":"Benchmark"}"""
                        .formatted(i, i)));
            }
            List<String> sozialraeume = new ArrayList<>();
            for (int i = 0; i < sozialraumCount; i++) {
                sozialraeume.add(send(base, "POST", "/api/sozialraeume", "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"name\":\"Planungsraum %d\",\"kind\":\"PLANUNGSRAUM\"}".formatted(i))).get("id").asText());
            }
            while (get(base, "/api/sozialraeume").get("sozialraeume").size() < sozialraumCount
                    || get(base, "/api/kommunen/16053/indicators").get("indicators").size() < indicatorCount) {
                Thread.sleep(200); // a harness, not a test: wait for the views before measuring
            }
            long rows = (long) sozialraumCount * indicatorCount * months;
            Path file = MeasurementFiles.file(Files.createTempFile("bench-", ".csv"), sozialraeume, codes, months,
                    lastRowInvalid ? MeasurementFiles.RowChange.at(rows + 1, row -> row + "x") : MeasurementFiles.RowChange.NONE);

            HeapWatch heap = HeapWatch.watch();
            long start = System.nanoTime();
            String id = send(base, "POST", "/api/kommunen/16053/measurement-imports?fileName=bench.csv", "text/csv",
                    HttpRequest.BodyPublishers.ofFile(file)).get("id").asText();
            long accepted = System.nanoTime();
            Map<String, Long> phases = new LinkedHashMap<>();
            JsonNode status;
            do {
                Thread.sleep(100);
                status = get(base, "/api/kommunen/16053/measurement-imports/" + id);
                phases.putIfAbsent(status.get("status").asText(), System.nanoTime());
            } while (!List.of("APPLIED", "PARTIALLY_APPLIED", "REJECTED", "FAILED").contains(status.get("status").asText()));
            long concluded = System.nanoTime();
            long applied = status.get("rowsApplied").asLong();
            while (mongo.getDatabase("bench_" + run).getCollection("measurement_views").countDocuments(Filters.eq("importId", id)) < applied) {
                Thread.sleep(200);
            }
            long readable = System.nanoTime();
            heap.finish();

            System.out.printf("%nMeasurement import: %,d rows (%d Sozialräume × %d indicators × %d months, %,d series), %,d bytes%n", rows,
                    sozialraumCount, indicatorCount, months, (long) sozialraumCount * indicatorCount, Files.size(file));
            System.out.printf("outcome %s, %s values applied, %s errors%n", status.get("status").asText(), status.get("rowsApplied"),
                    status.get("errorCount"));
            System.out.printf("upload answered (202) after %.2f s%n", seconds(start, accepted));
            System.out.printf("validating until %.1f s, applying until %.1f s (outcome on the timeline)%n",
                    seconds(start, phases.getOrDefault("APPLYING", concluded)), seconds(start, concluded));
            System.out.printf("all values in the read model after %.1f s%n", seconds(start, readable));
            System.out.printf("throughput %,.0f rows/s to the outcome%n", rows / seconds(start, concluded));
            System.out.printf("heap: max %d MB (-Xmx), highest sampled use %d MB, highest live set after a collection %d MB, before the upload %d MB%n",
                    Runtime.getRuntime().maxMemory() >> 20, heap.highestUse >> 20, heap.highestLive.get() >> 20, heap.baselineLive >> 20);
            Files.delete(file);
        } finally {
            stores.getOutputStream().close();
            stores.waitFor();
        }
        System.exit(0); // the test token issuer's HTTP server would keep the JVM alive
    }

    private static Map<String, String> addresses(Process stores) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(stores.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> addresses = new HashMap<>();
        while (addresses.size() < 2) {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("The stores process ended before it was ready");
            }
            if (line.startsWith("MONGO=") || line.startsWith("KAFKA=")) {
                addresses.put(line.substring(0, 5), line.substring(6));
            }
        }
        return addresses;
    }

    private static JsonNode get(String base, String path) throws Exception {
        return send(base, "GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    private static JsonNode send(String base, String method, String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + TestTokens.token(TestUser.STABSSTELLE))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** Samples the heap every 20 ms: the highest use, and the highest live set after a collection (the heap pools' collection usage). */
    private static final class HeapWatch extends Thread {

        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        private final AtomicLong highestLive = new AtomicLong();
        private volatile boolean running = true;
        private long highestUse;
        private long baselineLive;

        static HeapWatch watch() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            watch.baselineLive = watch.live();
            watch.setDaemon(true);
            watch.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                highestUse = Math.max(highestUse, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                highestLive.accumulateAndGet(live(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }

        private long live() {
            return pools.stream().mapToLong(pool -> pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed()).sum();
        }
    }
}
