package kz.dauys.portal;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import kz.dauys.portal.e2e.ServiceStack;

/** Every @QuarkusTest of the portal runs against the real stack: Kafka, Keycloak and the five services. */
@WithTestResource(value = ServiceStack.class, scope = TestResourceScope.GLOBAL)
public class TestStackRegistration {
}
