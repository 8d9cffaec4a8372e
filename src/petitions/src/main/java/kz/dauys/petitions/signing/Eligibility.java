package kz.dauys.petitions.signing;

/**
 * Whether the current user may sign, for the page to show before they try.
 *
 * @param reason {@code ok}, {@code sign-in-required}, {@code no-iin}, {@code under-age}, {@code not-resident},
 *     {@code not-signable} or {@code already-signed}
 * @param territoryCode the territory whose residents alone may sign, or null for a central addressee
 * @param signature the user's existing signature, if any
 */
public record Eligibility(boolean canSign, String reason, String message, String territoryCode, SignatureView signature) {
}
