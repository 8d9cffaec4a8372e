package kz.dauys.moderation;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.ServiceSmokeChecks;

@QuarkusTest
class ModerationServiceSmokeTest extends ServiceSmokeChecks {
}
