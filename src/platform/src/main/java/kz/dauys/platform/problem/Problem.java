package kz.dauys.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 7807 problem detail, the body of every error answer of the Dauys APIs.
 *
 * @param type a URI naming the kind of problem ({@code https://dauys.kz/problems/<slug>})
 * @param title a short, stable summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence, for a person to read
 * @param instance the request path
 * @param errors field-level violations, when the input was invalid
 * @param errorId a reference to quote to support, for unexpected errors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://dauys.kz/problems/";

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }
}
