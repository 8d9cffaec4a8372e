package kz.dauys.ombudsman.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.ombudsman.cases.CaseMessage;
import kz.dauys.ombudsman.cases.CaseOpening;
import kz.dauys.ombudsman.cases.NewCase;
import kz.dauys.ombudsman.cases.OmbudsmanCase;
import kz.dauys.ombudsman.cases.SourceKind;
import kz.dauys.ombudsman.cases.Urgency;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.office.OfficeRouter;
import kz.dauys.ombudsman.privacy.AccessLog;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.IinHasher;
import kz.dauys.platform.problem.ProblemException;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Complaints filed by residents, and what a complainant may see and write afterwards. */
@ApplicationScoped
public class ComplaintIntake {

    private final CurrentUser user;
    private final IinHasher iinHasher;
    private final CaseOpening opening;
    private final OfficeRouter router;
    private final AccessLog accessLog;
    private final Today today;
    private final JsonWebToken token;

    ComplaintIntake(CurrentUser user, IinHasher iinHasher, CaseOpening opening, OfficeRouter router, AccessLog accessLog,
                    Today today, JsonWebToken token) {
        this.token = token;
        this.user = user;
        this.iinHasher = iinHasher;
        this.opening = opening;
        this.router = router;
        this.accessLog = accessLog;
        this.today = today;
    }

    /**
     * Files a complaint for the signed-in adult resident. With an idempotency key, filing the same
     * key again returns the case filed first.
     */
    @Transactional
    public CaseOpening.Opened file(ComplaintForm form, String idempotencyKey, String language) {
        Iin iin = user.requireAdultResident(today.date());
        if (!form.consentToShare()) {
            throw ProblemException.invalidField("consentToShare",
                    "The Ombudsman can only act if the complaint may be shared with the body concerned.");
        }
        String territory = form.body().central() ? null : form.body().territory().strip();
        if (territory != null && !router.isKnownTerritory(territory)) {
            throw ProblemException.invalidField("body.territory", "Unknown territory code: " + territory);
        }
        String iinHash = iinHasher.hash(iin);
        String sourceId = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : iinHash.substring(iinHash.indexOf(':') + 1, iinHash.indexOf(':') + 17) + ":" + idempotencyKey.strip();
        NewCase.Complainant complainant = new NewCase.Complainant(user.subject(), iinHash, fullName(),
                user.region().orElse(null), language(language), blankToNull(form.contactEmail()),
                blankToNull(form.contactPhone()), blankToNull(form.representedPerson()), form.representationConsent(),
                form.consentToShare());
        return opening.open(new NewCase(SourceKind.COMPLAINT, sourceId, null, form.body().name().strip(),
                form.body().central(), territory, form.title().strip(), form.whatHappened().strip(), form.happenedOn(),
                blankToNull(form.alreadyTried()), Urgency.STANDARD, null, complainant), user.username());
    }

    public List<OmbudsmanCase> myCases(int page, int size) {
        return OmbudsmanCase.<OmbudsmanCase>find("complainantSubject = ?1 order by receivedAt desc", user.subject())
                .page(page, size).list();
    }

    public long myCaseCount() {
        return OmbudsmanCase.count("complainantSubject", user.subject());
    }

    /** The signed-in complainant's own case (the read is recorded); 404 for any other case. */
    @Transactional
    public OmbudsmanCase myCase(UUID id) {
        OmbudsmanCase c = OmbudsmanCase.findById(id);
        if (c == null || !user.subject().equals(c.complainantSubject)) {
            throw ProblemException.notFound("Case", id);
        }
        accessLog.complainantRead(c.id, user.subject(), user.username());
        return c;
    }

    @Transactional
    public CaseMessage write(UUID id, String text) {
        OmbudsmanCase c = OmbudsmanCase.findById(id);
        if (c == null || !user.subject().equals(c.complainantSubject)) {
            throw ProblemException.notFound("Case", id);
        }
        return CaseMessage.post(c.id, CaseMessage.Kind.FROM_COMPLAINANT, user.username(), user.publicDisplayName(),
                text.strip(), today.now());
    }

    /** The complainant's full name from the identity provider's token (staff need it to act on the complaint). */
    private String fullName() {
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        String full = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return full.isEmpty() ? user.username() : full;
    }

    private static String language(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "ru";
        }
        String first = acceptLanguage.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return first.startsWith("kk") ? "kk" : first.startsWith("en") ? "en" : "ru";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
