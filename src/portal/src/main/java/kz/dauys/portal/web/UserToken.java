package kz.dauys.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Passes the signed-in user's Keycloak access token to the services (registered on every REST
 * client); anonymous visitors call the public endpoints without one.
 *
 * <p>This does what {@code quarkus-rest-client-oidc-token-propagation}'s {@code @AccessToken}
 * does; that extension cannot be used with Quarkus 3.33.2 because its parent POM is missing from
 * Maven Central.
 */
public class UserToken implements ClientRequestFilter {

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
