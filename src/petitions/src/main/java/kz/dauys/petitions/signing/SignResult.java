package kz.dauys.petitions.signing;

import kz.dauys.platform.problem.ProblemException;

/** What became of one sign command: a signature (new or existing), or a refusal. */
public record SignResult(SignatureView signature, ProblemException refusal) {

    static SignResult signed(SignatureView view) {
        return new SignResult(view, null);
    }

    static SignResult refused(ProblemException refusal) {
        return new SignResult(null, refusal);
    }
}
