package dev.minisuite.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Builds a stateless filter chain that authenticates requests with access tokens.
 *
 * <p>Health probes, {@code /actuator/info}, the OpenAPI document, Swagger UI and the error endpoint are public.
 * Each service adds its own rules; every other request needs a valid token. The {@code roles} claim becomes
 * authorities with the {@code ROLE_} prefix, so {@code hasRole("ADMIN")} matches a token with role {@code ADMIN}.
 */
public final class ResourceServerSecurity {

    /** The token claim that lists the caller's roles. */
    public static final String ROLES_CLAIM = "roles";

    private static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"
    };

    private final JwtDecoder decoder;
    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ProblemAccessDeniedHandler accessDeniedHandler;

    public ResourceServerSecurity(JwtDecoder decoder, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        this.decoder = decoder;
        this.entryPoint = entryPoint;
        this.accessDeniedHandler = accessDeniedHandler;
    }

    /**
     * Applies the shared settings and the service's {@code rules}, then requires authentication everywhere else.
     */
    public SecurityFilterChain build(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(PUBLIC_PATHS).permitAll();
                    rules.customize(authorize);
                    authorize.anyRequest().authenticated();
                })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new AccessTokenResolver())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler)
                        .withObjectPostProcessor(new FailureToEntryPoint())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesConverter())));
        return http.build();
    }

    /** Maps the {@code roles} claim to {@code ROLE_*} authorities and uses {@code sub} as the principal name. */
    public static JwtAuthenticationConverter rolesConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /**
     * Sends every token failure to the entry point, including the ones where the keys could not be fetched, which
     * Spring Security would otherwise rethrow as a server error.
     */
    private final class FailureToEntryPoint
            implements org.springframework.security.config.ObjectPostProcessor<BearerTokenAuthenticationFilter> {

        @Override
        public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
            filter.setAuthenticationFailureHandler(entryPoint::commence);
            return filter;
        }
    }
}
