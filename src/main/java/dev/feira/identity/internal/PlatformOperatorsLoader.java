package dev.feira.identity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.feira.identity.PasswordPolicy;
import dev.feira.shared.startup.BeforeServing;

/** Creates the demo platform operators listed in {@code tenants/operators.yaml}, once, before the web server takes requests. */
@Component
@ConditionalOnProperty(name = "feira.demo-data.enabled", havingValue = "true")
class PlatformOperatorsLoader extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(PlatformOperatorsLoader.class);

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final Path file;
    private final boolean weakPasswordsAllowed;

    PlatformOperatorsLoader(UserAccounts users, PasswordEncoder passwords,
                            @Value("${feira.demo-data.directory:tenants}") Path root,
                            @Value("${feira.demo-data.weak-passwords-allowed:false}") boolean weakPasswordsAllowed) {
        this.weakPasswordsAllowed = weakPasswordsAllowed;
        this.users = users;
        this.passwords = passwords;
        this.file = root.resolve("operators.yaml");
    }

    record OperatorsFile(List<DemoAccountsLoader.Person> operators) {
    }

    @Override
    protected void prepare() throws Exception {
        if (!Files.isRegularFile(file)) {
            return;
        }
        var content = YAMLMapper.builder().build().readValue(Files.readString(file), OperatorsFile.class);
        for (var person : content.operators()) {
            var refusal = weakPasswordsAllowed ? java.util.Optional.<PasswordPolicy.Refusal>empty()
                    : PasswordPolicy.check(person.password(), person.username());
            if (refusal.isPresent()) {
                log.error("{}: operator '{}' not created: the password {}", file, person.username(), refusal.get());
                continue;
            }
            if (users.findByUsernameIgnoreCase(person.username()).isEmpty()) {
                users.save(UserAccount.operator(person.username().toLowerCase(Locale.ROOT),
                        passwords.encode(person.password()), person.name()));
                log.info("Platform operator {} created", person.username());
            }
        }
    }
}
