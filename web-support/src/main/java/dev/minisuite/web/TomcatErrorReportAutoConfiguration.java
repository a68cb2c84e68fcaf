package dev.minisuite.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Replaces Tomcat's HTML error page with {@link ProblemErrorReportValve}, so that even requests rejected by
 * Tomcat itself get a problem detail.
 */
@AutoConfiguration
@ConditionalOnClass({TomcatServletWebServerFactory.class, ErrorReportValve.class})
public class TomcatErrorReportAutoConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValveCustomizer() {
        return new ProblemValveCustomizer();
    }

    /** Runs last, so that it also replaces an error valve that Spring Boot's own customizers added. */
    static final class ProblemValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                if (host instanceof StandardHost standardHost) {
                    // The host adds a valve of this class at start unless the pipeline has one already.
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
