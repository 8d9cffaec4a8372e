package kz.dauys.petitions;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.ServiceSmokeChecks;

@QuarkusTest
class PetitionsServiceSmokeTest extends ServiceSmokeChecks {
}
