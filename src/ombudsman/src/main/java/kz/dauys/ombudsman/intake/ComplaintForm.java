package kz.dauys.ombudsman.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A resident's complaint. The complainant's name comes from the token; contact details are optional.
 *
 * @param body against which body: its name, and its territory or {@code central = true}
 * @param title a short summary
 * @param whatHappened what happened
 * @param happenedOn when it happened (optional, not in the future)
 * @param alreadyTried what the complainant already tried (whom they approached, with what result)
 * @param representedPerson when filing for someone else: that person's name; requires {@code representationConsent}
 * @param consentToShare consent to share the complaint with the body concerned (required)
 */
public record ComplaintForm(
        @NotNull @Valid Body body,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(min = 20, max = 20000) String whatHappened,
        @PastOrPresent LocalDate happenedOn,
        @Size(max = 10000) String alreadyTried,
        @Email @Size(max = 200) String contactEmail,
        @Pattern(regexp = "\\+?[0-9 ()-]{7,20}", message = "must be a phone number") String contactPhone,
        @Size(max = 200) String representedPerson,
        boolean representationConsent,
        boolean consentToShare) {

    public record Body(@NotBlank @Size(max = 300) String name, @Size(max = 40) String territory, boolean central) {
    }

    @AssertTrue(message = "a complaint on someone else's behalf needs their consent")
    public boolean isRepresentationConsented() {
        return representedPerson == null || representedPerson.isBlank() || representationConsent;
    }

    @AssertTrue(message = "name the body's territory, or mark it as a central body")
    public boolean isBodyLocated() {
        return body == null || body.central() || (body.territory() != null && !body.territory().isBlank());
    }
}
