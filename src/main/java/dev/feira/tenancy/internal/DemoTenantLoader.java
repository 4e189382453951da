package dev.feira.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import dev.feira.shared.startup.BeforeServing;

/**
 * Loads the declarative tenants under {@code tenants/} at start-up (default profile only), before the
 * web server takes requests, so their hosts answer from the first one. Each tenant applies on its own:
 * a broken definition is reported with its file and line and skipped, and the others still load.
 * Re-running changes nothing that is already there.
 */
@Component
@ConditionalOnProperty(name = "feira.demo-data.enabled", havingValue = "true")
class DemoTenantLoader extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoTenantLoader.class);

    private final TenantDefinitionReader reader = new TenantDefinitionReader();
    private final TenantProvisioning provisioning;
    private final Path root;

    DemoTenantLoader(TenantProvisioning provisioning, @Value("${feira.demo-data.directory:tenants}") Path root) {
        this.provisioning = provisioning;
        this.root = root;
    }

    @Override
    protected void prepare() throws IOException {
        if (!Files.isDirectory(root)) {
            log.warn("No tenant definitions at {}; starting without demo tenants", root.toAbsolutePath());
            return;
        }
        try (Stream<Path> directories = Files.list(root)) {
            directories.filter(dir -> Files.isRegularFile(dir.resolve(TenantDefinitionReader.FILE_NAME)))
                    .sorted()
                    .forEach(this::load);
        }
    }

    private void load(Path directory) {
        try {
            TenantDefinition definition = reader.read(directory);
            provisioning.apply(definition, directory);
            log.info("Tenant '{}' loaded from {}", definition.slug(), directory);
        } catch (InvalidTenantDefinition e) {
            log.error("Tenant definition rejected, nothing applied: {}", e.getMessage());
        }
    }
}
