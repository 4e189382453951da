package dev.feira.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A real PostgreSQL started in-process when no {@code spring.datasource.url} is configured, so a
 * newcomer needs nothing installed. Two connections, as in production: the owner (superuser here)
 * runs Liquibase, the application connects as {@value #APP_ROLE}, a role that owns no table and is
 * therefore bound by row-level security.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    static final String APP_ROLE = "feira_app";
    private static final String DATABASE = "feira";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${feira.embedded.data-directory:}") String dataDirectory) throws IOException {
        // Stopped by this bean's close(), after everything that uses the database: zonky's own JVM
        // shutdown hook would race the application context's shutdown and strand it.
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (!dataDirectory.isBlank()) {
            Path dir = Path.of(dataDirectory, "postgres").toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        prepare(postgres);
        log.info("Embedded PostgreSQL on port {} (database '{}', application role '{}')", postgres.getPort(), DATABASE, APP_ROLE);
        return postgres;
    }

    @Bean
    @LiquibaseDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        var dataSource = new SimpleDriverDataSource();
        dataSource.setDriverClass(org.postgresql.Driver.class);
        dataSource.setUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        return dataSource;
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("feira");
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, DATABASE));
        dataSource.setUsername(APP_ROLE);
        dataSource.setPassword(APP_ROLE);
        dataSource.setMaximumPoolSize(20);
        // Imports insert hundreds of thousands of rows (products, units, attributes, stock levels):
        // the driver sends each JDBC batch as multi-row inserts instead of one statement per row.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    /** Idempotent, so a kept data directory survives restarts. */
    private static void prepare(EmbeddedPostgres postgres) {
        var admin = new JdbcTemplate(postgres.getPostgresDatabase());
        if (admin.queryForList("select 1 from pg_roles where rolname = ?", APP_ROLE).isEmpty()) {
            admin.execute("create role " + APP_ROLE + " login password '" + APP_ROLE + "'");
        }
        if (admin.queryForList("select 1 from pg_database where datname = ?", DATABASE).isEmpty()) {
            admin.execute("create database " + DATABASE);
        }
        try (var connection = postgres.getDatabase("postgres", DATABASE).getConnection()) {
            connection.createStatement().execute("grant connect on database " + DATABASE + " to " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }
}
