package kz.dauys.moderation.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.dauys.contract.ContentKind;

/**
 * A report of a published item.
 *
 * @param kind the item's kind
 * @param itemId the item's id in its origin service
 * @param originService the service that owns it ({@code petitions}, {@code budget}, {@code assembly})
 * @param reason spam, offensive, personal_data, unlawful or other
 * @param comment optional details for the moderator
 */
public record NoticeRequest(@NotNull ContentKind kind, @NotBlank @Size(max = 100) String itemId,
                            @NotBlank @Size(max = 50) String originService, @NotNull NoticeReason reason,
                            @Size(max = 2000) String comment) {
}
