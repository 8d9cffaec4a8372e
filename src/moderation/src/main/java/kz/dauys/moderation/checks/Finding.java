package kz.dauys.moderation.checks;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One advisory result of an automatic check, explained: which check, what it matched and where.
 *
 * @param check the check ({@code excluded_subject}, {@code profanity}, {@code personal_data},
 *     {@code duplicate}, {@code language}, {@code mixed_script})
 * @param code what exactly was found: a reason code ({@code excluded.courts}) or a sub-kind
 *     ({@code personal_data.iin}, {@code language.kk})
 * @param severity how much it adds to the risk score
 * @param field where: {@code title}, {@code body} or {@code fields.<name>}; null for whole-item findings
 * @param start offset of the first matched character in that field (UTF-16 index), or null
 * @param end offset after the last matched character, or null
 * @param matched the matched text; masked for personal data (never stored or logged in clear)
 * @param explanation a sentence for the moderator
 * @param candidates for duplicates: the similar published items with their scores
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String check, String code, Severity severity, String field, Integer start, Integer end,
                      String matched, String explanation, List<DuplicateCandidate> candidates) {

    public static Finding at(String check, String code, Severity severity, String field, int start, int end,
                             String matched, String explanation) {
        return new Finding(check, code, severity, field, start, end, matched, explanation, null);
    }
}
