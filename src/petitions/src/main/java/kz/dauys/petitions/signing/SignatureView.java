package kz.dauys.petitions.signing;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's own signature, as shown to them.
 *
 * @param status {@code valid}, {@code withdrawn} or {@code invalidated}
 * @param signatures the petition's count right after this request
 * @param created true when this request created (or renewed) the signature; false for a repeat
 */
public record SignatureView(UUID petitionId, String status, String displayName, boolean listed, String region,
                            String district, Instant signedAt, long signatures, @JsonIgnore boolean created) {
}
