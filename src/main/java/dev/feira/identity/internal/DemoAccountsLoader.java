package dev.feira.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.feira.identity.CompanyAddresses;
import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.Role;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDefinitionLoaded;

/**
 * Applies a tenant's {@code accounts.yaml}: its staff, and the buyer companies that hold accounts
 * there with their users. The whole file applies in one transaction or not at all; users that
 * already exist keep their password, so re-loading changes nothing.
 */
@Component
class DemoAccountsLoader {

    static final String FILE_NAME = "accounts.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final UserAccounts users;
    private final BuyerCompanies companies;
    private final BuyerAccounts accounts;
    private final ApiClients apiClients;
    private final PasswordEncoder passwords;
    /** The demo files' passwords (feira123) are exempt from the policy in the default profile only. */
    private final boolean weakPasswordsAllowed;
    private final TransactionTemplate transaction;

    private final AddressBook addressBook;

    DemoAccountsLoader(UserAccounts users, BuyerCompanies companies, BuyerAccounts accounts, ApiClients apiClients,
                       PasswordEncoder passwords, PlatformTransactionManager transactions, AddressBook addressBook,
                       @Value("${feira.demo-data.weak-passwords-allowed:false}") boolean weakPasswordsAllowed) {
        this.addressBook = addressBook;
        this.weakPasswordsAllowed = weakPasswordsAllowed;
        this.users = users;
        this.apiClients = apiClients;
        this.companies = companies;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    record AccountsFile(List<Person> staff, ApiClientEntry apiClient, List<Buyer> buyers) {
    }

    /** An integration client of the organisation; its secret is stored hashed. */
    private static java.util.Optional<dev.feira.identity.PhoneNumber> phone(Path file, Person person) {
        var phone = dev.feira.identity.PhoneNumber.read(person.phone());
        if (phone.isEmpty() && person.phone() != null && !person.phone().isBlank()) {
            throw new InvalidAccountsFile(file + ": user '" + person.username() + "' has a phone that is not a number: " + person.phone());
        }
        return phone;
    }

    record ApiClientEntry(String clientId, String name, String secret) {
    }

    record Person(String username, String name, String password, List<Role> roles, String phone) {
    }

    record Buyer(String company, String companyName, String taxId, String accountNumber, String category,
                 String salesRep, List<Person> users, ApiClientEntry apiClient, List<CompanyAddresses.NewAddress> addresses) {
    }

    @TransactionalEventListener
    @org.springframework.core.annotation.Order(10) // accounts first: catalogs and conditions refer to them
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            AccountsFile content = read(file);
            transaction.executeWithoutResult(status -> apply(file, content));
            log.info("Accounts of tenant '{}' loaded from {}", event.slug(), file);
        } catch (InvalidAccountsFile e) {
            log.error("Accounts file rejected, nothing applied: {}", e.getMessage());
        }
    }

    private AccountsFile read(Path file) {
        try {
            AccountsFile content = yaml.readValue(Files.readString(file), AccountsFile.class);
            return content == null ? new AccountsFile(List.of(), null, List.of()) : content;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidAccountsFile(file + " line " + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidAccountsFile(file + ": cannot be read: " + e.getMessage());
        }
    }

    private void apply(Path file, AccountsFile content) {
        var tenant = TenantContext.require();
        for (Person person : nonNull(content.staff())) {
            validate(file, person);
            users.findByUsernameIgnoreCase(person.username()).ifPresentOrElse(existing -> {
                if (!existing.supplier().map(tenant::equals).orElse(false)) {
                    throw new InvalidAccountsFile(file + ": user '" + person.username() + "' already belongs to another organisation");
                }
            }, () -> users.save(UserAccount.supplierStaff(tenant, normalise(person.username()),
                    passwords.encode(person.password()), person.name(), roles(file, person))));
        }
        if (content.apiClient() != null) {
            apiClient(file, content.apiClient(), () -> ApiClient.ofSupplier(tenant, content.apiClient().clientId(),
                    passwords.encode(content.apiClient().secret()), content.apiClient().name()),
                    existing -> existing.supplier().map(tenant::equals).orElse(false));
        }
        for (Buyer buyer : nonNull(content.buyers())) {
            if (buyer.company() == null || buyer.companyName() == null || buyer.accountNumber() == null) {
                throw new InvalidAccountsFile(file + ": every buyer needs company, companyName and accountNumber");
            }
            BuyerCompany company = companies.findByCode(buyer.company())
                    .orElseGet(() -> companies.saveAndFlush(new BuyerCompany(buyer.company(), buyer.companyName(), buyer.taxId())));
            UUID rep = buyer.salesRep() == null ? null : users.findByUsernameIgnoreCase(buyer.salesRep())
                    .filter(u -> u.supplier().map(tenant::equals).orElse(false) && u.roles().contains(Role.SALES_REP))
                    .orElseThrow(() -> new InvalidAccountsFile(file + ": salesRep '" + buyer.salesRep()
                            + "' is not a sales rep of this supplier"))
                    .id();
            if (!nonNull(buyer.addresses()).isEmpty() && !addressBook.hasAddresses(company.id())) {
                for (var address : buyer.addresses()) {
                    try {
                        addressBook.add(company.id(), address);
                    } catch (dev.feira.identity.Refusal refused) {
                        throw new InvalidAccountsFile(file + ": address '" + address.label() + "' of " + buyer.company() + ": "
                                + refused.getMessage());
                    }
                }
            }
            accounts.findByBuyerCompanyId(company.id()).ifPresentOrElse(
                    account -> account.update(buyer.accountNumber(), buyer.category(), rep),
                    () -> accounts.save(new BuyerAccount(company.id(), buyer.accountNumber(), buyer.category(), rep)));
            if (buyer.apiClient() != null) {
                apiClient(file, buyer.apiClient(), () -> ApiClient.ofBuyer(company.id(), buyer.apiClient().clientId(),
                        passwords.encode(buyer.apiClient().secret()), buyer.apiClient().name()),
                        existing -> existing.buyerCompanyId().map(company.id()::equals).orElse(false));
            }
            for (Person person : nonNull(buyer.users())) {
                validate(file, person);
                var phone = phone(file, person);
                users.findByUsernameIgnoreCase(person.username()).ifPresentOrElse(existing -> {
                    if (!existing.buyerCompanyId().map(company.id()::equals).orElse(false)) {
                        throw new InvalidAccountsFile(file + ": user '" + person.username() + "' already belongs to another organisation");
                    }
                    if (existing.phone().isEmpty() && phone.isPresent()) { // a phone the person has set stays theirs
                        existing.changePhone(phone);
                        users.save(existing);
                    }
                }, () -> {
                    var created = UserAccount.buyer(company.id(), normalise(person.username()),
                            passwords.encode(person.password()), person.name(), roles(file, person));
                    created.changePhone(phone);
                    users.save(created);
                });
            }
        }
    }

    private void apiClient(Path file, ApiClientEntry entry, java.util.function.Supplier<ApiClient> create,
                           java.util.function.Predicate<ApiClient> sameOrganisation) {
        if (entry.clientId() == null || entry.name() == null || entry.secret() == null || entry.secret().length() < 12) {
            throw new InvalidAccountsFile(file + ": apiClient needs clientId, name and a secret of at least 12 characters");
        }
        apiClients.findByClientId(entry.clientId()).ifPresentOrElse(existing -> {
            if (!sameOrganisation.test(existing)) {
                throw new InvalidAccountsFile(file + ": API client '" + entry.clientId() + "' already belongs to another organisation");
            }
        }, () -> apiClients.save(create.get()));
    }

    private void validate(Path file, Person person) {
        if (person.username() == null || !person.username().contains("@") || person.name() == null
                || person.password() == null || person.password().length() < 4) {
            throw new InvalidAccountsFile(file + ": user '" + person.username()
                    + "' needs an e-mail username, a name and a password of at least 4 characters");
        }
        if (!weakPasswordsAllowed) {
            PasswordPolicy.check(person.password(), person.username()).ifPresent(refusal -> {
                throw new InvalidAccountsFile(file + ": the password of user '" + person.username() + "' " + refusal);
            });
        }
    }

    private static Set<Role> roles(Path file, Person person) {
        if (person.roles() == null || person.roles().isEmpty()) {
            throw new InvalidAccountsFile(file + ": user '" + person.username() + "' has no roles");
        }
        return EnumSet.copyOf(person.roles());
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    static class InvalidAccountsFile extends RuntimeException {
        InvalidAccountsFile(String message) {
            super(message);
        }
    }
}
