package kz.dauys.petitions.signing;

import java.util.UUID;

/**
 * One person's request to sign, as the batcher writes it. Everything personal is already reduced to
 * what may be stored: the keyed IIN hash, the public display name, the hashed client address.
 *
 * @param region the signer's region claim, "" when unknown
 * @param district the signer's district claim, "" when unknown
 */
public record SignCommand(UUID petitionId, String signerHash, String displayName, boolean listed, String region,
                          String district, String clientHash, String userAgentFamily) {

    String key() {
        return petitionId + "|" + signerHash;
    }
}
