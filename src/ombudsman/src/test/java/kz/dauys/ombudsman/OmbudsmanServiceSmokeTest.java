package kz.dauys.ombudsman;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.ServiceSmokeChecks;

@QuarkusTest
class OmbudsmanServiceSmokeTest extends ServiceSmokeChecks {
}
