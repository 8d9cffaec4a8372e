package kz.dauys.petitions.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionState;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.IinHasher;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/** Signing, withdrawing and reading signatures for the current user. */
@ApplicationScoped
public class SigningService {

    private final SignatureBatcher batcher;
    private final IinHasher hasher;
    private final ClientFingerprint fingerprint;
    private final RateLimiter rateLimiter;
    private final SigningRules rules;
    private final TimeSource time;
    private final EntityManager entityManager;

    SigningService(SignatureBatcher batcher, IinHasher hasher, ClientFingerprint fingerprint, RateLimiter rateLimiter,
                   SigningRules rules, TimeSource time, EntityManager entityManager) {
        this.batcher = batcher;
        this.hasher = hasher;
        this.fingerprint = fingerprint;
        this.rateLimiter = rateLimiter;
        this.rules = rules;
        this.time = time;
        this.entityManager = entityManager;
    }

    /** Checks the person, then queues the signature; never touches the database on the calling thread. */
    public CompletionStage<SignResult> sign(CurrentUser user, UUID petitionId, boolean listed, String clientAddress,
                                            String userAgent) {
        if (!user.hasRole(Roles.CITIZEN)) {
            throw ProblemException.forbidden("Only citizens' accounts can sign petitions.");
        }
        Iin iin = user.requireAdultResident(time.today());
        String clientHash = fingerprint.addressHash(clientAddress);
        rateLimiter.checkSigning(user.subject(), clientHash);
        SignCommand command = new SignCommand(petitionId, hasher.hash(iin), user.publicDisplayName(), listed,
                user.region().orElse(""), user.district().orElse(""), clientHash, ClientFingerprint.userAgentFamily(userAgent));
        return batcher.submit(command).handle((result, failure) -> {
            if (failure == null) {
                if (result.refusal() != null) {
                    throw result.refusal();
                }
                return result;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ProblemException problem) {
                throw problem;
            }
            if (cause instanceof TimeoutException) {
                throw SignatureBatcher.unavailable("Signing is slow right now; your signature may still be recorded. "
                        + "Signing again is safe: it never counts twice.");
            }
            throw SignatureBatcher.unavailable("Your signature could not be confirmed right now. Please try again.");
        });
    }

    @Transactional
    public Eligibility eligibility(CurrentUser user, UUID petitionId) {
        Petition petition = readable(petitionId);
        String territory = petition.addresseeTerritory;
        if (user.isAnonymous()) {
            return new Eligibility(false, "sign-in-required", "Sign in to sign this petition.", territory, null);
        }
        if (!user.hasRole(Roles.CITIZEN)) {
            return new Eligibility(false, "not-a-citizen-account", "Only citizens' accounts can sign petitions.", territory, null);
        }
        Optional<Iin> iin = user.iin();
        if (iin.isEmpty()) {
            return new Eligibility(false, "no-iin", "Your account has no valid IIN; only identified residents can sign.", territory, null);
        }
        if (!iin.get().isAdultOn(time.today())) {
            return new Eligibility(false, "under-age", "Only residents aged 18 or over can sign.", territory, null);
        }
        SignatureView existing = find(petition.id, hasher.hash(iin.get())).orElse(null);
        if (existing != null && !"withdrawn".equals(existing.status())) {
            return new Eligibility(false, "already-signed", "You have signed this petition.", territory, existing);
        }
        if (!signable(petition)) {
            return new Eligibility(false, "not-signable", "This petition does not accept signatures now.", territory, existing);
        }
        if (!rules.residentOf(territory, user.region().orElse(""), user.district().orElse(""))) {
            return new Eligibility(false, "not-resident", "Only residents of " + territory
                    + " can sign this petition; your account gives another place of residence.", territory, existing);
        }
        return new Eligibility(true, "ok", "You can sign this petition.", territory, existing);
    }

    @Transactional
    public SignatureView mine(CurrentUser user, UUID petitionId) {
        Petition petition = readable(petitionId);
        Iin iin = user.requireAdultResident(time.today());
        return find(petition.id, hasher.hash(iin)).orElseThrow(() -> ProblemException.notFound("Your signature on petition", petitionId));
    }

    /** Withdraws the current user's signature; allowed only until the threshold is reached. */
    @Transactional
    public SignatureView withdraw(CurrentUser user, UUID petitionId) {
        Iin iin = user.requireAdultResident(time.today());
        // The petition row lock orders this after any batch writing to the same petition.
        Petition petition = Petition.findById(petitionId, LockModeType.PESSIMISTIC_WRITE);
        if (petition == null || !PetitionState.PUBLIC.contains(petition.state)) {
            throw ProblemException.notFound("Petition", petitionId);
        }
        if (!PetitionState.BEFORE_THRESHOLD.contains(petition.state)) {
            throw ProblemException.unprocessable("withdrawal-closed",
                    "Signatures can be withdrawn only until the petition reaches its threshold.");
        }
        String signer = hasher.hash(iin);
        @SuppressWarnings("unchecked")
        List<Object[]> withdrawn = entityManager.createNativeQuery("""
                        update signature set status = 'withdrawn', changed_at = now()
                        where petition_id = ?1 and signer_hash = ?2 and status = 'valid' returning region, district""")
                .setParameter(1, petitionId).setParameter(2, signer).getResultList();
        if (withdrawn.isEmpty()) {
            throw ProblemException.notFound("Your signature on petition", petitionId);
        }
        Object[] row = withdrawn.get(0);
        entityManager.createNativeQuery("""
                        update petition_territory_tally set count = count - 1
                        where petition_id = ?1 and region = ?2 and district = ?3""")
                .setParameter(1, petitionId).setParameter(2, row[0]).setParameter(3, row[1]).executeUpdate();
        entityManager.createNativeQuery("update petition_tally set total = total - 1, updated_at = now() where petition_id = ?1")
                .setParameter(1, petitionId).executeUpdate();
        return find(petitionId, signer).orElseThrow();
    }

    /** The public list of signers who agreed to be listed, newest first. */
    @Transactional
    public List<PublicSigner> publicSigners(UUID petitionId, int page, int size) {
        readable(petitionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select display_name, region, signed_at from signature
                        where petition_id = ?1 and status = 'valid' and listed order by id desc offset ?2 limit ?3""")
                .setParameter(1, petitionId).setParameter(2, (long) page * size).setParameter(3, size).getResultList();
        return rows.stream().map(r -> new PublicSigner((String) r[0], emptyToNull((String) r[1]),
                toInstant(r[2]))).toList();
    }

    private Optional<SignatureView> find(UUID petitionId, String signerHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select s.status, s.display_name, s.listed, s.region, s.district, s.signed_at, coalesce(t.total, 0)
                        from signature s left join petition_tally t on t.petition_id = s.petition_id
                        where s.petition_id = ?1 and s.signer_hash = ?2""")
                .setParameter(1, petitionId).setParameter(2, signerHash).getResultList();
        return rows.stream().findFirst().map(r -> new SignatureView(petitionId, (String) r[0], (String) r[1], (Boolean) r[2],
                emptyToNull((String) r[3]), emptyToNull((String) r[4]), toInstant(r[5]), ((Number) r[6]).longValue(), false));
    }

    private boolean signable(Petition petition) {
        return PetitionState.SIGNABLE.contains(petition.state)
                && (petition.collectionEndsOn == null || !time.today().isAfter(petition.collectionEndsOn));
    }

    private static Petition readable(UUID petitionId) {
        Petition petition = Petition.findById(petitionId);
        if (petition == null || !PetitionState.PUBLIC.contains(petition.state)) {
            throw ProblemException.notFound("Petition", petitionId);
        }
        return petition;
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
