package kz.dauys.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's invariants: unique, well-formed types on known topics, and documented in docs/events.md. */
class EventContractTest {

    private static final Set<String> TOPICS = Set.of(Topics.PETITIONS, Topics.BUDGET, Topics.ASSEMBLY,
            Topics.MODERATION, Topics.OMBUDSMAN);

    @Test
    void everyEventTypeIsUniqueAndTravelsOnItsServicesTopic() throws Exception {
        List<EventDescriptor<?>> descriptors = ContractCatalog.descriptors();

        assertThat(descriptors).hasSizeGreaterThanOrEqualTo(10);
        assertThat(descriptors.stream().map(EventDescriptor::type)).doesNotHaveDuplicates();
        for (EventDescriptor<?> descriptor : descriptors) {
            assertThat(descriptor.topic()).as(descriptor.type()).isIn(TOPICS);
            assertThat(descriptor.topic()).as(descriptor.type()).isEqualTo("dauys." + descriptor.service());
            assertThat(descriptor.payloadType().isRecord()).as(descriptor.type()).isTrue();
        }
    }

    @Test
    void everyEventTypeIsDocumented() throws Exception {
        Path events = Path.of(System.getProperty("dauys.root", "../.."), "docs", "events.md");
        String documentation = Files.readString(events);

        Set<String> undocumented = ContractCatalog.descriptors().stream()
                .map(EventDescriptor::type)
                .filter(type -> !documentation.contains("`" + type + "`"))
                .collect(Collectors.toSet());
        assertThat(undocumented).as("event types missing from docs/events.md").isEmpty();
    }

    @Test
    void typeNamesFollowTheConvention() {
        assertThat(EventDescriptor.of("kz.dauys.petitions.petition.submitted.v1", Topics.PETITIONS, Object.class).source())
                .isEqualTo("/services/petitions");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventDescriptor.of("PetitionSubmitted", Topics.PETITIONS, Object.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localizedTextFallsBackToAnyLanguage() {
        assertThat(new LocalizedText(null, "Текст", null).in("en")).isEqualTo("Текст");
        assertThat(new LocalizedText("Мәтін", "Текст", "Text").in("kk")).isEqualTo("Мәтін");
    }

    @Test
    void payloadsSerializeAsJson() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var decided = new kz.dauys.contract.moderation.ModerationDecided("c1", ContentKind.PETITION, "p1", "petitions",
                kz.dauys.contract.moderation.ModerationOutcome.APPROVE, null, "ok", false, java.time.Instant.parse("2026-01-01T00:00:00Z"));
        String text = json.writeValueAsString(decided);
        assertThat(text).contains("\"decidedAt\":\"2026-01-01T00:00:00Z\"");
        assertThat(json.readValue(text, kz.dauys.contract.moderation.ModerationDecided.class)).isEqualTo(decided);
    }
}
