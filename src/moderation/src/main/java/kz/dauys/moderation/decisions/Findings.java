package kz.dauys.moderation.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.moderation.checks.Finding;
import kz.dauys.moderation.checks.Severity;

import java.util.List;
import java.util.Map;

/** Reads the JSON columns of a case. */
@ApplicationScoped
public class Findings {

    private final ObjectMapper json;

    Findings(ObjectMapper json) {
        this.json = json;
    }

    public List<Finding> read(String findings) {
        try {
            return findings == null ? List.of() : json.readValue(findings, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored findings are unreadable", e);
        }
    }

    public Map<String, String> fields(String fields) {
        try {
            return fields == null ? Map.of() : json.readValue(fields, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fields are unreadable", e);
        }
    }

    /** The codes of the findings that flagged something (above INFO), for the statement of reasons. */
    public List<String> flaggedCodes(String findings) {
        return read(findings).stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code).distinct().toList();
    }
}
