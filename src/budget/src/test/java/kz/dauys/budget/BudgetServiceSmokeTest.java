package kz.dauys.budget;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.ServiceSmokeChecks;

@QuarkusTest
class BudgetServiceSmokeTest extends ServiceSmokeChecks {
}
