package kz.dauys.moderation;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.EndpointMatrixChecks;

/** Every operation of this service for every role with hostile input (see EndpointMatrixChecks). */
@QuarkusTest
class EndpointMatrixTest extends EndpointMatrixChecks {
}
