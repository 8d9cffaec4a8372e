package kz.dauys.assembly.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How one member voted. */
public record NamedVote(@NotBlank @Size(max = 200) String member, @NotNull VoteChoice choice) {

    public enum VoteChoice {
        FOR,
        AGAINST,
        ABSTAIN
    }
}
