package dev.feira.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The authorization server's codes and tokens, in the database: the instance a code was issued by
 * need not be the one it is redeemed at (a load balancer sends the portal's token request anywhere).
 * Each API client's token is one row: rows whose every token expired a day ago are forgotten.
 */
@Configuration(proxyBeanMethods = false)
class SharedAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(SharedAuthorizations.class);

    private final JdbcClient sql;

    SharedAuthorizations(JdbcClient sql) {
        this.sql = sql;
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Scheduled(fixedDelayString = "${feira.identity.authorization-purge-interval:PT1H}", initialDelayString = "PT5M")
    void forgetExpired() {
        int forgotten = sql.sql("""
                delete from oauth2_authorization
                where greatest(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at) < now() - interval '1 day'""")
                .update();
        log.debug("{} expired authorizations forgotten", forgotten);
    }
}
