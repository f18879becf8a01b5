package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.tx.Transactions;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The auto-configured runtime in a running application. */
class StratumAutoConfigurationTest extends WebTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void providesAUtcClockAndSpringTransactions() {
        assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(context.getBean(Transactions.class)).isInstanceOf(SpringTransactions.class);
    }

    @Test
    void itsProblemLayerReplacesSpringBootsDefaults() {
        assertThat(context.getBean(ResponseEntityExceptionHandler.class)).isInstanceOf(ProblemDetailsAdvice.class);
        assertThat(context.getBean(ErrorController.class)).isInstanceOf(ProblemErrorController.class);
    }

    @Test
    void requestsTheContainerRejectsAreProblemsToo() {
        // The firewall refuses a semicolon in the path before any controller runs; the error page renders it.
        Http.Response response = http.get("/api/things/a;b=c").send();

        assertProblem(response, 400, "malformed-request", "/api/things/a;b=c");
    }
}
