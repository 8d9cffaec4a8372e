package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.LocalizedText;
import kz.dauys.kernel.territory.TerritoryCatalog;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.addressee.Addressee;
import kz.dauys.petitions.addressee.AddresseeResolver;
import kz.dauys.petitions.reference.Topic;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.problem.Problem;
import kz.dauys.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What authors do with their petitions: write and edit drafts, submit them to moderation, withdraw them. */
@ApplicationScoped
public class PetitionService {

    static final int TITLE_MAX = 150;
    static final int TEXT_MAX = 6000;
    static final int ACTION_MAX = 1000;

    private final AddresseeResolver addressees;
    private final PetitionLifecycle lifecycle;
    private final PetitionEvents events;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final TerritoryCatalog catalog;
    private final PetitionsConfig config;

    PetitionService(AddresseeResolver addressees, PetitionLifecycle lifecycle, PetitionEvents events, Deadlines deadlines,
                    TimeSource time, TerritoryCatalog catalog, PetitionsConfig config) {
        this.addressees = addressees;
        this.lifecycle = lifecycle;
        this.events = events;
        this.deadlines = deadlines;
        this.time = time;
        this.catalog = catalog;
        this.config = config;
    }

    @Transactional
    public Petition create(CurrentUser author, PetitionDraft draft) {
        author.requireAdultResident(time.today());
        Instant now = time.now();
        long today = Petition.count("authorSubject = ?1 and createdAt > ?2", author.subject(), now.minus(Duration.ofDays(1)));
        if (today >= config.rateLimit().petitionsPerDay()) {
            throw ProblemException.tooManyRequests("You can start at most " + config.rateLimit().petitionsPerDay()
                    + " petitions a day.", Duration.ofHours(1));
        }
        Petition petition = new Petition();
        petition.id = UUID.randomUUID();
        petition.state = PetitionState.DRAFT;
        petition.authorSubject = author.subject();
        petition.createdAt = now;
        apply(petition, author, draft);
        petition.persist();
        lifecycle.note(petition, "created", "author", null);
        return petition;
    }

    @Transactional
    public Petition edit(CurrentUser author, UUID id, PetitionDraft draft) {
        Petition petition = ownDraft(author, id);
        apply(petition, author, draft);
        return petition;
    }

    @Transactional
    public Petition submit(CurrentUser author, UUID id) {
        Petition petition = ownDraft(author, id);
        author.requireAdultResident(time.today());
        boolean resubmission = petition.submittedAt != null;
        petition.submittedAt = time.now();
        petition.moderationDueOn = deadlines.moderationDue(time.today());
        petition.moderationNote = null;
        petition.moderationReason = null;
        lifecycle.move(petition, PetitionState.IN_MODERATION, resubmission ? "resubmitted" : "submitted", "author", null);
        events.submitted(petition, resubmission);
        return petition;
    }

    /** The author withdraws the petition: a draft, one in moderation, or one still before its threshold. */
    @Transactional
    public Petition withdraw(CurrentUser author, UUID id) {
        Petition petition = lockedOwn(author, id);
        if (!(petition.state == PetitionState.DRAFT || petition.state == PetitionState.IN_MODERATION
                || PetitionState.BEFORE_THRESHOLD.contains(petition.state))) {
            throw ProblemException.unprocessable("not-withdrawable",
                    "A petition can be withdrawn only before it reaches its threshold; this one is " + petition.state.code() + ".");
        }
        lifecycle.move(petition, PetitionState.WITHDRAWN, "withdrawn", "author", null);
        return petition;
    }

    private Petition ownDraft(CurrentUser author, UUID id) {
        Petition petition = lockedOwn(author, id);
        if (petition.state != PetitionState.DRAFT) {
            throw ProblemException.unprocessable("not-a-draft",
                    "Only a draft can be edited or submitted; this petition is " + petition.state.code() + ".");
        }
        return petition;
    }

    private Petition lockedOwn(CurrentUser author, UUID id) {
        Petition petition = Petition.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (petition == null || !petition.authorSubject.equals(author.subject())) {
            throw ProblemException.notFound("Petition", id);
        }
        return petition;
    }

    private void apply(Petition petition, CurrentUser author, PetitionDraft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        requireSomeLanguage(errors, "title", draft.title(), TITLE_MAX, 10);
        requireSomeLanguage(errors, "text", draft.text(), TEXT_MAX, 50);
        if (draft.requestedAction() != null) {
            checkLengths(errors, "requestedAction", draft.requestedAction(), ACTION_MAX);
        }
        if (Topic.findById(draft.topic()) == null) {
            errors.add(new Problem.FieldError("topic", "unknown topic: " + draft.topic()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "The input is invalid",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid",
                    errors, null);
        }
        PetitionDraft.AddresseeChoice choice = draft.addressee();
        Addressee addressee = addressees.resolve(choice.level(), choice.body(), choice.code(), choice.territoryCode());
        if (addressee.isTerritorial() && !livesIn(author, addressee.territoryCode())) {
            throw ProblemException.unprocessable("not-resident",
                    "Only residents of " + addressee.name().in("en") + " can petition its local bodies.");
        }
        LocalizedText title = clean(draft.title());
        LocalizedText text = clean(draft.text());
        LocalizedText action = draft.requestedAction() == null ? new LocalizedText(null, null, null) : clean(draft.requestedAction());
        petition.titleKk = title.kk();
        petition.titleRu = title.ru();
        petition.titleEn = title.en();
        petition.textKk = text.kk();
        petition.textRu = text.ru();
        petition.textEn = text.en();
        petition.requestedActionKk = action.kk();
        petition.requestedActionRu = action.ru();
        petition.requestedActionEn = action.en();
        petition.topic = draft.topic();
        petition.setAddressee(addressee);
        petition.authorDisplayName = author.publicDisplayName();
        petition.authorRegion = author.region().orElse(null);
        petition.authorDistrict = author.district().orElse(null);
        petition.updatedAt = time.now();
    }

    /** Whether the signed-in person's region or district lies in the territory. */
    public boolean livesIn(CurrentUser user, String territoryCode) {
        String home = user.district().filter(d -> catalog.find(d).isPresent())
                .or(() -> user.region().filter(r -> catalog.find(r).isPresent()))
                .orElse(null);
        return home != null && catalog.find(territoryCode).isPresent() && catalog.contains(territoryCode, home);
    }

    private static void requireSomeLanguage(List<Problem.FieldError> errors, String field, LocalizedText text, int max, int min) {
        if (text == null || (blank(text.kk()) && blank(text.ru()) && blank(text.en()))) {
            errors.add(new Problem.FieldError(field, "write it in at least one of Kazakh, Russian or English"));
            return;
        }
        checkLengths(errors, field, text, max);
        for (String value : new String[] {text.kk(), text.ru(), text.en()}) {
            if (!blank(value) && value.strip().length() < min) {
                errors.add(new Problem.FieldError(field, "must be at least " + min + " characters"));
                return;
            }
        }
    }

    private static void checkLengths(List<Problem.FieldError> errors, String field, LocalizedText text, int max) {
        check(errors, field + ".kk", text.kk(), max);
        check(errors, field + ".ru", text.ru(), max);
        check(errors, field + ".en", text.en(), max);
    }

    private static void check(List<Problem.FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new Problem.FieldError(field, "contains a NUL character"));
        }
    }

    private static LocalizedText clean(LocalizedText text) {
        return new LocalizedText(strip(text.kk()), strip(text.ru()), strip(text.en()));
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
