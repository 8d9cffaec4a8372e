package kz.dauys.moderation.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reason codes decisions may cite, from {@code reference/reason-codes.json}. */
@ApplicationScoped
public class ReasonCatalog {

    /** The reason the service itself cites when reports hide an item. */
    public static final String REPORTS_THRESHOLD = "reports_threshold";

    private final Map<String, ReasonCode> codes = new LinkedHashMap<>();

    ReasonCatalog(ObjectMapper json) {
        try (InputStream in = ReasonCatalog.class.getClassLoader().getResourceAsStream("reference/reason-codes.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/reason-codes.json is missing");
            }
            List<ReasonCode> list = json.readValue(in, new TypeReference<>() {
            });
            list.forEach(code -> codes.put(code.code(), code));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ReasonCode> all() {
        return List.copyOf(codes.values());
    }

    public Optional<ReasonCode> find(String code) {
        return Optional.ofNullable(code).map(codes::get);
    }
}
