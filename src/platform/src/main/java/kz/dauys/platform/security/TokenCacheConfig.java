package kz.dauys.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the verified-token cache ({@link VerifiedTokenCache}, {@link CachingOidcAuthenticationMechanism}). */
@ConfigMapping(prefix = "dauys.security.token-cache")
public interface TokenCacheConfig {

    /** Whether a verified bearer token's identity is reused until the token expires. */
    @WithDefault("true")
    boolean enabled();

    /** At most this many tokens are remembered; when full, new tokens are verified but not remembered. */
    @WithDefault("10000")
    int maxSize();

    /** A remembered token is verified again after this long even if it has not expired yet. */
    @WithDefault("PT5M")
    Duration maxAge();
}
