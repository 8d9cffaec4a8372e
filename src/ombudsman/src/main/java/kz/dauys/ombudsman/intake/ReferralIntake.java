package kz.dauys.ombudsman.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationCaseEscalated;
import kz.dauys.contract.petitions.PetitionAddressee;
import kz.dauys.contract.petitions.PetitionAnswered;
import kz.dauys.contract.petitions.PetitionThresholdReached;
import kz.dauys.ombudsman.cases.CaseEvent;
import kz.dauys.ombudsman.cases.CaseMessage;
import kz.dauys.ombudsman.cases.CaseOpening;
import kz.dauys.ombudsman.cases.NewCase;
import kz.dauys.ombudsman.cases.OmbudsmanCase;
import kz.dauys.ombudsman.cases.SourceKind;
import kz.dauys.ombudsman.cases.Urgency;
import kz.dauys.ombudsman.common.OmbudsmanConfig;
import kz.dauys.ombudsman.common.Today;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Referrals from the platform: human-rights petitions that reached their threshold or were answered,
 * and moderation cases escalated as possible rights violations. One case per source item.
 */
@ApplicationScoped
public class ReferralIntake {

    private static final Logger LOG = Logger.getLogger(ReferralIntake.class);
    static final String ACTOR = "platform";

    private final CaseOpening opening;
    private final OmbudsmanConfig config;
    private final Today today;

    ReferralIntake(CaseOpening opening, OmbudsmanConfig config, Today today) {
        this.opening = opening;
        this.config = config;
        this.today = today;
    }

    public boolean concernsHumanRights(String topic) {
        return topic != null && config.referrals().humanRightsTopics().contains(topic);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OmbudsmanCase> petitionReachedThreshold(PetitionThresholdReached p) {
        if (!concernsHumanRights(p.topic())) {
            return Optional.empty();
        }
        String text = p.summary() != null && !p.summary().isBlank() ? p.summary() : p.title();
        CaseOpening.Opened opened = opening.open(petitionCase(p.petitionId(), p.link(), p.addressee(), p.title(),
                text + "\n\n" + p.signatures() + " / " + p.threshold(), p.topic()), ACTOR);
        log(opened);
        return Optional.of(opened.theCase());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OmbudsmanCase> petitionAnswered(PetitionAnswered p) {
        if (!concernsHumanRights(p.topic())) {
            return Optional.empty();
        }
        CaseOpening.Opened opened = opening.open(petitionCase(p.petitionId(), p.link(), p.addressee(), p.title(),
                p.title(), p.topic()), ACTOR);
        OmbudsmanCase c = opened.theCase();
        // The answer goes on the case file whether the case was opened now or at the threshold.
        CaseMessage.post(c.id, CaseMessage.Kind.INTERNAL_NOTE, ACTOR, "Dauys",
                "Petition answered" + (p.overdue() ? " (overdue)" : "") + " on " + p.answeredAt() + ":\n" + p.answer(),
                today.now());
        if (!opened.created()) {
            CaseEvent.record(c.id, CaseEvent.Kind.SOURCE_UPDATED, c.status, c.status, ACTOR, "petition answered", today.now());
        }
        log(opened);
        return Optional.of(c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OmbudsmanCase moderationEscalated(ModerationCaseEscalated m) {
        String description = (m.body() == null ? "" : m.body())
                + (m.note() == null || m.note().isBlank() ? "" : "\n\nModerator's note: " + m.note());
        // Routed by the territory the item concerns; without one, to the configured default office.
        String territory = m.territoryCode() != null && !m.territoryCode().isBlank() ? m.territoryCode()
                : "central".equals(config.referrals().defaultOffice()) ? null : config.referrals().defaultOffice();
        CaseOpening.Opened opened = opening.open(new NewCase(SourceKind.MODERATION_CASE, m.caseId(), m.link(),
                "Dauys platform moderation (" + m.originService() + ")", territory == null, territory,
                m.title() == null ? "(untitled)" : m.title(), description, null, null, Urgency.STANDARD, null, null), ACTOR);
        log(opened);
        return opened.theCase();
    }

    private NewCase petitionCase(String petitionId, String link, PetitionAddressee addressee, String title, String text,
                                 String topic) {
        boolean central = addressee == null || addressee.territoryCode() == null || "CENTRAL".equals(addressee.level());
        return new NewCase(SourceKind.PETITION, petitionId, link,
                addressee == null || addressee.name() == null ? "(addressee not named)" : addressee.name(), central,
                central ? null : addressee.territoryCode(), title, text, null, null,
                urgencyOf(topic), categoryOf(topic), null);
    }

    private static Urgency urgencyOf(String topic) {
        return switch (topic) {
            case "detention" -> Urgency.DETENTION;
            case "children" -> Urgency.CHILDREN;
            default -> Urgency.STANDARD;
        };
    }

    /** The category of rights a petition topic suggests, where the topic is itself a category; triage confirms. */
    private static String categoryOf(String topic) {
        return switch (topic) {
            case "discrimination", "children", "disability", "freedom_of_expression", "torture", "privacy", "religion",
                 "fair_trial", "social_security" -> topic;
            case "detention" -> "liberty_detention";
            default -> null;
        };
    }

    private static void log(CaseOpening.Opened opened) {
        if (opened.created()) {
            LOG.infof("Opened case %s for %s %s", opened.theCase().number, opened.theCase().sourceKind, opened.theCase().sourceId);
        }
    }
}
