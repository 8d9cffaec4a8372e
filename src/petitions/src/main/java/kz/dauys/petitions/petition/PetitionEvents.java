package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.LocalizedText;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.contract.petitions.PetitionAddressee;
import kz.dauys.contract.petitions.PetitionAnswered;
import kz.dauys.contract.petitions.PetitionClosed;
import kz.dauys.contract.petitions.PetitionPublished;
import kz.dauys.contract.petitions.PetitionSubmitted;
import kz.dauys.contract.petitions.PetitionThresholdReached;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.addressee.AddresseeNames;
import kz.dauys.platform.outbox.Outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Publishes the petition events through the outbox (call inside the transaction of the change). */
@ApplicationScoped
public class PetitionEvents {

    private final Outbox outbox;
    private final AddresseeNames names;
    private final PetitionsConfig config;

    PetitionEvents(Outbox outbox, AddresseeNames names, PetitionsConfig config) {
        this.outbox = outbox;
        this.names = names;
        this.config = config;
    }

    public void submitted(Petition petition, boolean resubmission) {
        Map<String, String> fields = new LinkedHashMap<>();
        putAll(fields, "title", petition.title());
        putAll(fields, "text", petition.text());
        putAll(fields, "requestedAction", petition.requestedAction());
        ModerationRequest request = new ModerationRequest(ContentKind.PETITION, petition.id.toString(), "petitions",
                petition.authorSubject, petition.authorDisplayName, title(petition), body(petition), fields,
                link(petition), petition.submittedAt, petition.moderationDueOn, resubmission);
        outbox.publish(PetitionSubmitted.EVENT, petition.id.toString(),
                new PetitionSubmitted(petition.id.toString(), petition.number, addressee(petition), petition.topic, request));
    }

    public void published(Petition petition) {
        outbox.publish(PetitionPublished.EVENT, petition.id.toString(), new PetitionPublished(petition.id.toString(),
                petition.number, title(petition), addressee(petition), petition.topic, petition.threshold, petition.publishedAt));
    }

    public void thresholdReached(Petition petition, long signatures) {
        outbox.publish(PetitionThresholdReached.EVENT, petition.id.toString(), new PetitionThresholdReached(
                petition.id.toString(), petition.number, title(petition), body(petition), addressee(petition), petition.topic,
                signatures, petition.threshold, petition.thresholdReachedAt, petition.answerDueOn, link(petition)));
    }

    public void answered(Petition petition) {
        outbox.publish(PetitionAnswered.EVENT, petition.id.toString(), new PetitionAnswered(petition.id.toString(),
                petition.number, title(petition), addressee(petition), petition.topic, petition.answer().in("ru"),
                petition.answerOverdue, petition.answeredAt, link(petition)));
    }

    public void closed(Petition petition, long signatures, Instant at) {
        outbox.publish(PetitionClosed.EVENT, petition.id.toString(),
                new PetitionClosed(petition.id.toString(), petition.number, petition.state.code(), signatures, at));
    }

    private PetitionAddressee addressee(Petition petition) {
        return names.of(petition).toContract();
    }

    private String link(Petition petition) {
        return petition.link(config.linkBase());
    }

    /** The title in the first language the author wrote (Kazakh, Russian, then English). */
    private static String title(Petition petition) {
        return first(petition.title());
    }

    private static String body(Petition petition) {
        return first(petition.text());
    }

    private static String first(LocalizedText text) {
        return text.in("kk");
    }

    private static void putAll(Map<String, String> fields, String name, LocalizedText text) {
        if (text.kk() != null) {
            fields.put(name + ".kk", text.kk());
        }
        if (text.ru() != null) {
            fields.put(name + ".ru", text.ru());
        }
        if (text.en() != null) {
            fields.put(name + ".en", text.en());
        }
    }
}
