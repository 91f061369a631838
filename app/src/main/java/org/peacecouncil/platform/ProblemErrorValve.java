package org.peacecouncil.platform;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat answers itself, before any servlet runs (a path that is not URL-encoded, headers too large, a request
 * line it cannot read): problem+json with a stable type, like every other refusal, instead of Tomcat's HTML report.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        var known = org.springframework.http.HttpStatus.resolve(status);
        if (status < 400 || known == null || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var words = Problems.forStatus(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemWriter.json(known, words.slug(), words.detail()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot take a body: nothing more to say
        }
    }

    /** Puts this valve where Tomcat's error report valve is, once every customizer has run. */
    @Configuration
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    return;
                }
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                if (java.util.Arrays.stream(pipeline.getValves()).noneMatch(ProblemErrorValve.class::isInstance)) {
                    pipeline.addValve(new ProblemErrorValve());
                }
            }));
        }
    }
}
