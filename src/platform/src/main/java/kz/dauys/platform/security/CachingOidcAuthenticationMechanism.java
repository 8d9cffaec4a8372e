package kz.dauys.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;

/**
 * Quarkus OIDC's bearer-token authentication with a {@link VerifiedTokenCache} in front: a token that
 * passed OIDC's full verification (signature, issuer, audience, expiry) is not verified again while it
 * is valid; the same token string gets the identity OIDC built for it, rebuilt for the current request.
 * Anything else (no bearer token, a token not seen before, an expired or different one) goes to OIDC,
 * and only OIDC's successes are remembered. Replaces OIDC's mechanism as a CDI alternative, the way the
 * Quarkus guide "Security tips and tricks" describes.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingOidcAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(CachingOidcAuthenticationMechanism.class);
    private static final String BEARER = "Bearer";
    /** Identity attributes that belong to the request that verified the token, not to the token. */
    private static final Set<String> PER_REQUEST_ATTRIBUTES = Set.of(RoutingContext.class.getName(),
            HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, AuthenticationRequestContext.class.getName());

    private final OidcAuthenticationMechanism oidc;
    /** Null when the cache is off. */
    private final VerifiedTokenCache cache;
    private final Counter hits;
    private final Counter misses;

    CachingOidcAuthenticationMechanism(OidcAuthenticationMechanism oidc, TokenCacheConfig config, MeterRegistry registry,
                                       @Any Instance<SecurityIdentityAugmentor> augmentors) {
        this.oidc = oidc;
        this.cache = cacheFor(config, !augmentors.isUnsatisfied());
        this.hits = Counter.builder("dauys.token.cache").tag("result", "hit")
                .description("Bearer tokens answered from the verified-token cache").register(registry);
        this.misses = Counter.builder("dauys.token.cache").tag("result", "miss")
                .description("Bearer tokens not in the verified-token cache, verified by OIDC").register(registry);
        if (cache != null) {
            registry.gauge("dauys.token.cache.size", cache, VerifiedTokenCache::size);
        }
    }

    private static VerifiedTokenCache cacheFor(TokenCacheConfig config, boolean augmented) {
        if (!config.enabled()) {
            LOG.info("Verified-token cache is off (dauys.security.token-cache.enabled=false)");
            return null;
        }
        if (augmented) {
            // An augmentor may add roles or permission checks that change over time or per request.
            LOG.warn("Verified-token cache is off: SecurityIdentityAugmentor beans exist, whose results it would reuse");
            return null;
        }
        LOG.infof("Verified-token cache is on: at most %d tokens, each for at most %s", config.maxSize(), config.maxAge());
        return new VerifiedTokenCache(config.maxSize(), config.maxAge(), InstantSource.system());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = cache == null ? null : bearerToken(context);
        if (token == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        SecurityIdentity known = cache.find(token);
        // The cache is keyed by the exact token string, so a hit is this very token.
        if (known != null) {
            hits.increment();
            return Uni.createFrom().item(forRequest(known, context));
        }
        misses.increment();
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> remember(token, identity));
    }

    /**
     * The bearer token exactly as OIDC reads it ({@code OidcUtils.extractBearerToken}: the text after the
     * first space of the Authorization header, when the scheme before it is Bearer); null if there is none.
     */
    static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        int space = header.indexOf(' ');
        if (space <= 0 || !BEARER.equalsIgnoreCase(header.substring(0, space)) || space == header.length() - 1) {
            return null;
        }
        return header.substring(space + 1);
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal)
                || !token.equals(principal.getRawToken())
                || !OidcUtils.DEFAULT_TENANT_ID.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE))
                || !(principal.getClaims().getClaimValue("exp") instanceof Number exp)) {
            return;
        }
        // The principal's own copy of the token is the key: the cache then holds no second copy.
        cache.remember(principal.getRawToken(), withoutRequest(identity), Instant.ofEpochSecond(exp.longValue()));
    }

    /** What the cache keeps: the identity without the attributes of the request that verified it. */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!PER_REQUEST_ATTRIBUTES.contains(name)) {
                builder.addAttribute(name, value);
            }
        });
        return builder.build();
    }

    /** The remembered identity for this request: its Vert.x routing context is this request's. */
    private static SecurityIdentity forRequest(SecurityIdentity known, RoutingContext context) {
        return QuarkusSecurityIdentity.builder(known).addAttribute(RoutingContext.class.getName(), context).build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return oidc.sendChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
