package dev.feira.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.feira.tenancy.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantDefinitionReaderTests {

    @TempDir
    Path root;

    private final TenantDefinitionReader reader = new TenantDefinitionReader();

    @Test
    void readsAWellFormedDefinitionWithTheFolderAsSlug() throws IOException {
        Path dir = tenant("acme", """
                name: Acme Ferramentas
                hosts: [Acme.localhost, loja.acme.com.br]
                visibility: private
                locale: pt-BR
                currency: BRL
                branding:
                  primaryColor: "#123ABC"
                """);

        TenantDefinition definition = reader.read(dir);

        assertThat(definition.slug()).isEqualTo("acme");
        assertThat(definition.hosts()).containsExactly("acme.localhost", "loja.acme.com.br");
        assertThat(definition.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(definition.currency().getCurrencyCode()).isEqualTo("BRL");
        assertThat(definition.primaryColor()).isEqualTo("#123abc");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path dir = tenant("broken", """
                name: Quebrada
                hosts: [broken.localhost
                visibility: public
                """);

        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(InvalidTenantDefinition.class)
                .hasMessageContaining(dir.resolve("tenant.yaml").toString())
                .hasMessageMatching("(?s).*line [34].*");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() throws IOException {
        Path dir = tenant("many-problems", """
                hosts: ["not a host"]
                visibility: secret
                locale: pt-BR
                currency: REAL
                branding:
                  primaryColor: blue
                  logo: ../../etc/passwd
                """);

        assertThatThrownBy(() -> reader.read(dir))
                .hasMessageContaining("name is required")
                .hasMessageContaining("'not a host' is not a valid host name")
                .hasMessageContaining("visibility must be 'public' or 'private'")
                .hasMessageContaining("currency must be an ISO 4217 code")
                .hasMessageContaining("branding.primaryColor")
                .hasMessageContaining("branding.logo");
    }

    @Test
    void anUnknownFieldIsAnErrorNotSilentlyIgnored() throws IOException {
        Path dir = tenant("typo", """
                name: Typo
                hosts: [typo.localhost]
                visibilty: public
                """);

        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("visibilty");
    }

    private Path tenant(String slug, String yaml) throws IOException {
        Path dir = Files.createDirectories(root.resolve(slug));
        Files.writeString(dir.resolve("tenant.yaml"), yaml);
        return dir;
    }
}
