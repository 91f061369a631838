package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Until the application is ready (the demo council seeded), nobody sees a half-made council. */
class StartingUpTests {

    private final StartingUp filter = new StartingUp();

    @Test
    void beforeReadinessTheApiAnswers503ProblemAndPagesSayStarting() throws Exception {
        var api = answer("/api/v1/members");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"type\":\"" + Problems.type("starting") + "\"");
        assertThat(api.getHeader("Retry-After")).isEqualTo("5");

        var page = answer("/members");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("The council is starting");

        assertThat(answer("/actuator/health").getStatus()).as("health checks answer").isEqualTo(200);
    }

    @Test
    void onceReadyEveryRequestPassesAndAfterRefusingTrafficItIsStartingAgain() throws Exception {
        filter.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(answer("/api/v1/members").getStatus()).isEqualTo(200);
        assertThat(answer("/members").getStatus()).isEqualTo(200);

        filter.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(answer("/api/v1/members").getStatus()).isEqualTo(503);
    }

    private MockHttpServletResponse answer(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
