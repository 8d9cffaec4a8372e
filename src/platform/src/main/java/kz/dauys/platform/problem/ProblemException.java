package kz.dauys.platform.problem;

import java.time.Duration;
import java.util.List;

/**
 * Thrown by services for a request that cannot be served as asked; answered as problem+json with
 * its status. Use the factories: they keep statuses and problem types consistent across services.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, null);
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                            Duration retryAfter) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "The request is invalid", detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "The input is invalid", message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not allowed", detail);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflicts with the current state", detail);
    }

    /** The request is well-formed but breaks a rule of the domain (a lifecycle step, a ballot rule...). */
    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "The request breaks a rule", detail);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "rate-limited", "Too many requests", detail, null, retryAfter);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
