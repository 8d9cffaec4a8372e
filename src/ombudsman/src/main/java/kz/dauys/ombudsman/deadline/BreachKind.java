package kz.dauys.ombudsman.deadline;

/** A deadline a case can miss. */
public enum BreachKind {
    /** Not acknowledged within the acknowledgement term. */
    ACKNOWLEDGEMENT,
    /** No admissibility decision (accepted, inadmissible, transferred) within the decision term, extension included. */
    DECISION,
    /** Transferred to the competent body later than the transfer term. */
    TRANSFER,
    /** The complainant was not told of an extension within the notice term. */
    EXTENSION_NOTICE,
    /** The body did not answer a recommendation within its term. */
    BODY_ANSWER
}
