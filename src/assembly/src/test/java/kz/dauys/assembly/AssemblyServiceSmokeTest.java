package kz.dauys.assembly;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.ServiceSmokeChecks;

@QuarkusTest
class AssemblyServiceSmokeTest extends ServiceSmokeChecks {
}
