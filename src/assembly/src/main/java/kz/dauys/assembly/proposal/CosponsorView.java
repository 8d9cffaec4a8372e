package kz.dauys.assembly.proposal;

import java.time.Instant;

/** A co-sponsor as shown publicly: first name and surname initial. */
public record CosponsorView(String displayName, Instant at) {
}
