package kz.dauys.assembly.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A document attached to an agenda item (a draft decision, a report), by link. */
public record DocumentLink(@NotBlank @Size(max = 300) String title,
                           @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String url) {
}
