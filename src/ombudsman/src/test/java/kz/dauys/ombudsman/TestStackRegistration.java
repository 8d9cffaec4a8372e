package kz.dauys.ombudsman;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import kz.dauys.testsupport.DauysTestStack;

/** Puts the real test stack (Kafka, Keycloak, PostgreSQL) under every test of this module. */
@WithTestResource(value = DauysTestStack.class, scope = TestResourceScope.GLOBAL)
public class TestStackRegistration {
}
