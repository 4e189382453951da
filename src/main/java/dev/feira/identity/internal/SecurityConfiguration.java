package dev.feira.identity.internal;

import java.time.Clock;
import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.TenantDirectory;

/**
 * Two filter chains. The first is the authorization server (its endpoints and the POST of its
 * sign-in form). The second is every portal host — bare or tenant — signing in as an OIDC client
 * of that server, with Vaadin's view access control on top.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String SIGN_IN_PATH = "/signin";
    static final String PORTAL_SIGN_IN = "/oauth2/authorization/" + PortalClients.REGISTRATION_ID;
    static final String AUTHORIZATION_TO_RESUME = "feira.signin.authorizationToResume";

    /** The integration API: stateless, bearer tokens from this server's client-credentials grant. */
    @Bean
    @Order(0)
    SecurityFilterChain integrationApi(HttpSecurity http, SecurityHeaders headers,
                                       JWKSource<SecurityContext> keys, PortalUrls urls) throws Exception {
        var problems = new ApiProblems();
        http.headers(headers.headers()).securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority("SCOPE_" + PortalClients.API_SCOPE))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(ApiTokens.decoder(keys, urls)))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Webhooks from payment providers: no session, no CSRF token, no sign-in — the receiving
     * module verifies each call's signature itself and refuses what is not signed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain providerWebhooks(HttpSecurity http, SecurityHeaders headers) throws Exception {
        http.headers(headers.headers()).securityMatcher("/webhooks/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, SecurityHeaders headers, SignInThrottle throttle, UserAccounts users,
                                            ApplicationEventPublisher events, PlatformTransactionManager transactions,
                                            Clock clock, PlatformHosts platform) throws Exception {
        http.headers(headers.headers())
                .addFilterBefore(new SignInThrottleFilter(throttle, users, events, transactions, clock), SecurityContextHolderFilter.class)
                .addFilterBefore(ApiTokens.onIssuerHostOnly(platform), SignInThrottleFilter.class);
        RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN_PATH);
        var endpoints = new RequestMatcher[1];
        http.oauth2AuthorizationServer(server -> {
            server.oidc(Customizer.withDefaults());
            server.clientAuthentication(clients -> clients.authenticationProviders(providers -> providers.forEach(provider -> {
                if (provider instanceof ClientSecretAuthenticationProvider secrets) {
                    secrets.setPasswordEncoder(clientSecrets());
                }
            })));
            server.tokenIntrospectionEndpoint(introspection -> introspection.introspectionResponseHandler(ApiTokens.ownTokensOnly()));
            endpoints[0] = server.getEndpointsMatcher();
        });
        // The authorization to resume after the sign-in form is kept under a key of its own. Spring would otherwise take
        // Vaadin's request cache (a bean), the portal's: on the platform's host, where the portal and this server share a
        // session, it replaced the page the visitor asked for, and an operator opening a console page landed on the home page.
        var authorizationsToResume = new HttpSessionRequestCache();
        authorizationsToResume.setSessionAttrName(AUTHORIZATION_TO_RESUME);
        http.requestCache(cache -> cache.requestCache(authorizationsToResume));
        http.securityMatcher(new OrRequestMatcher(endpoints[0], signInPost))
                .authorizeHttpRequests(a -> a.requestMatchers(signInPost).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN_PATH).failureUrl(SIGN_IN_PATH + "?error"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SIGN_IN_PATH), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, SecurityHeaders headers) throws Exception {
        http.addFilterBefore(new ReturnAfterSignIn(PORTAL_SIGN_IN), OAuth2AuthorizationRequestRedirectFilter.class);
        http.headers(headers.headers()).authorizeHttpRequests(a -> a.requestMatchers("/branding/**", "/media/**", "/actuator/health/**", "/error", "/v3/api-docs/**", "/tls/allowed", "/exports/*").permitAll()
                        .requestMatchers(HttpMethod.GET, SIGN_IN_PATH).permitAll())
                .oauth2Login(o -> o.loginPage(PORTAL_SIGN_IN)
                        .userInfoEndpoint(u -> u.userAuthoritiesMapper(SignInClaims.authoritiesMapper())))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        // Signing out also ends the session at the authorization server (OIDC RP-initiated logout).
                        .oauth2LoginPage(PORTAL_SIGN_IN, "{baseUrl}/"));
        return http.build();
    }

    /**
     * How clients' secrets are checked. They are machine secrets, not people's passwords: the portal's own is a long
     * random one in this process's configuration, and stretching it guarded nothing while every sign-in's token
     * exchange spent a bcrypt of cost 10 on it (~100 ms here). It is hashed at cost 4; API clients' secrets keep the
     * cost they were hashed with, and none is taken for one to hash again (the server would try to save it).
     */
    static PasswordEncoder clientSecrets() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(TenantDirectory tenants, PlatformHosts platform, PortalUrls urls, ApiClients apiClients,
                                                 @Value("${feira.identity.portal-client-secret}") String secret) {
        return new PortalClients(tenants, platform, urls, clientSecrets().encode(secret), apiClients);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(PortalUrls urls,
                                                     @Value("${feira.identity.portal-client-secret}") String secret) {
        return new PortalClientRegistrations(urls, secret);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> feiraClaims(UserAccounts users, ApiClients apiClients) {
        return SignInClaims.idTokenCustomizer(users, apiClients);
    }
}
