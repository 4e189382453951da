package dev.feira;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Feira: a multi-tenant B2B marketplace. Each top-level package is one business capability
 * (a Spring Modulith application module); see {@code ModularityTests} for the verified map.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class FeiraApplication {

    public static void main(String[] args) {
        SpringApplication.run(FeiraApplication.class, args);
    }
}
