package dev.feira.onboarding.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.AccountOpening;
import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.PortalLinks;
import dev.feira.identity.Refusal;
import dev.feira.onboarding.SignupId;
import dev.feira.onboarding.SignupRefused;
import dev.feira.onboarding.SupplierSignups;
import dev.feira.shared.Cnpj;
import dev.feira.shared.mail.LinkMail;
import dev.feira.shared.secrets.LinkTokens;
import dev.feira.tenancy.LegalEntity;
import dev.feira.tenancy.TenantOpening;
import dev.feira.tenancy.TenantOpening.SlugCheck;
import dev.feira.tenancy.TenantProfile;

/**
 * Sign-ups. The form is checked whole before anything is stored (each refusal names its field); the link's secret is
 * kept only as its hash. Verifying opens the tenant first and the admin account second, after checking everything the
 * second could refuse, so a refused password never leaves a portal without its admin behind.
 */
@Service
class SignupDesk implements SupplierSignups {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}-?\\d{3}");
    private static final Set<String> STATES = Set.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
            "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");
    private static final int PER_HOUR = 3;

    private final JdbcClient sql;
    private final TenantOpening opening;
    private final AccountOpening accounts;
    private final LinkMail mail;
    private final PortalLinks links;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SignupDesk(JdbcClient sql, TenantOpening opening, AccountOpening accounts, LinkMail mail, PortalLinks links, Clock clock,
               PlatformTransactionManager transactions) {
        this.sql = sql;
        this.opening = opening;
        this.accounts = accounts;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public SignupId start(SignupForm form, Locale locale) {
        String legalName = required("legalName", form.legalName(), 200);
        String cnpj = Cnpj.valid(form.cnpj())
                .orElseThrow(() -> new SignupRefused("cnpj", "signup.cnpj-invalid", "The CNPJ's check digits do not match"));
        String street = required("street", form.street(), 200);
        String city = required("city", form.city(), 100);
        String state = required("state", form.state(), 2).toUpperCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw new SignupRefused("state", "signup.state-invalid", "'" + state + "' is not a Brazilian state");
        }
        String postalCode = required("postalCode", form.postalCode(), 9);
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new SignupRefused("postalCode", "signup.postal-code-invalid", "A CEP is eight digits, like 01310-100");
        }
        String adminName = required("adminName", form.adminName(), 200);
        String email = required("adminEmail", form.adminEmail(), 254).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new SignupRefused("adminEmail", "signup.email-invalid", "'" + email + "' is not an e-mail address");
        }
        if (accounts.emailInUse(email)) {
            throw new SignupRefused("adminEmail", "signup.email-taken", "An account signs in with " + email + " already: sign in, or use another address");
        }
        String portalName = required("portalName", form.portalName(), 200);
        String slug = slug(form.slug());
        Instant now = clock.instant();
        String token = LinkTokens.newToken();
        var id = new SignupId(UUID.randomUUID());
        transaction.executeWithoutResult(status -> {
            int recent = sql.sql("select count(*) from supplier_signup where lower(admin_email) = :email and created_at > :since")
                    .param("email", email).param("since", Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
            if (recent >= PER_HOUR) {
                throw new SignupRefused("adminEmail", "signup.too-many", "Three sign-ups for this address in an hour: use the last link sent");
            }
            // Only the newest link of an address opens a portal.
            sql.sql("update supplier_signup set expires_at = :now where lower(admin_email) = :email and verified_at is null and expires_at > :now")
                    .param("email", email).param("now", Timestamp.from(now)).update();
            sql.sql("""
                            insert into supplier_signup (id, legal_name, cnpj, street, city, state, postal_code, admin_name, admin_email,
                                                         portal_name, slug, locale, token_hash, created_at, expires_at)
                            values (:id, :legal, :cnpj, :street, :city, :state, :postal, :admin, :email, :portal, :slug, :locale, :hash,
                                    :now, :expires)""")
                    .param("id", id.value()).param("legal", legalName).param("cnpj", cnpj).param("street", street).param("city", city)
                    .param("state", state).param("postal", postalCode).param("admin", adminName).param("email", email)
                    .param("portal", portalName).param("slug", slug).param("locale", (locale == null ? Locale.forLanguageTag("pt-BR") : locale).toLanguageTag())
                    .param("hash", LinkTokens.hash(token)).param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(LINK_VALID)))
                    .update();
        });
        mail.send(email, locale, "signup.mail", links.marketplace("sell/verify/" + token), portalName, LINK_VALID.toHours());
        return id;
    }

    @Override
    public SlugCheck checkSlug(String slug) {
        return opening.check(slug);
    }

    @Override
    public String hostSuffix() {
        String sample = opening.hostFor("x");
        return sample.substring(sample.indexOf('.') + 1);
    }

    @Override
    public PendingSignup preview(String token) {
        var signup = pending(token);
        return new PendingSignup(signup.legalName(), signup.portalName(), signup.email(), signup.slug());
    }

    @Override
    public OpenedPortal verify(String token, String slug, String password) {
        var signup = pending(token);
        String chosen = slug == null || slug.isBlank() ? signup.slug() : slug(slug);
        PasswordPolicy.check(password, signup.email()).ifPresent(refusal -> {
            throw new SignupRefused("password", refusal.key(), "The password " + refusal, PasswordPolicy.MIN_LENGTH);
        });
        if (accounts.emailInUse(signup.email())) {
            throw new SignupRefused(null, "signup.email-taken", "An account signs in with " + signup.email() + " already");
        }
        return transaction.execute(status -> {
            // Claimed first, so a second click on the same link cannot open a second portal.
            int claimed = sql.sql("update supplier_signup set verified_at = :now where id = :id and verified_at is null")
                    .param("now", Timestamp.from(clock.instant())).param("id", signup.id()).update();
            if (claimed == 0) {
                throw new SignupRefused(null, "signup.link-used", "This link was used already: sign in");
            }
            TenantProfile portal;
            try {
                portal = opening.open(chosen, signup.portalName(), signup.locale(), Currency.getInstance("BRL"),
                        new LegalEntity(signup.legalName(), signup.cnpj(), signup.street(), signup.city(), signup.state(), signup.postalCode()));
            } catch (TenantOpening.SlugRefused refused) {
                throw new SignupRefused("slug", refused.reason().key(), refused.getMessage());
            }
            try {
                accounts.openSupplierAdmin(portal.id(), signup.email(), signup.adminName(), password, signup.locale());
            } catch (Refusal refused) {
                throw new SignupRefused("password", refused.key(), refused.getMessage(), PasswordPolicy.MIN_LENGTH);
            }
            sql.sql("update supplier_signup set opened_tenant = :tenant, slug = :slug where id = :id")
                    .param("tenant", portal.id().value()).param("slug", chosen).param("id", signup.id()).update();
            return new OpenedPortal(portal.id(), portal.hosts().getFirst(), links.to(portal, "onboarding"));
        });
    }

    private record Pending(UUID id, String legalName, String cnpj, String street, String city, String state, String postalCode,
                           String adminName, String email, String portalName, String slug, Locale locale) {
    }

    private Pending pending(String token) {
        record Row(Pending pending, Instant expires, boolean verified) {
        }
        var row = sql.sql("""
                        select id, legal_name, cnpj, street, city, state, postal_code, admin_name, admin_email, portal_name, slug, locale,
                               expires_at, verified_at is not null as verified
                        from supplier_signup where token_hash = :hash""")
                .param("hash", LinkTokens.hash(token))
                .query((rs, n) -> new Row(new Pending(rs.getObject("id", UUID.class), rs.getString("legal_name"), rs.getString("cnpj"),
                        rs.getString("street"), rs.getString("city"), rs.getString("state"), rs.getString("postal_code"),
                        rs.getString("admin_name"), rs.getString("admin_email"), rs.getString("portal_name"), rs.getString("slug"),
                        Locale.forLanguageTag(rs.getString("locale"))), rs.getTimestamp("expires_at").toInstant(), rs.getBoolean("verified")))
                .optional()
                .orElseThrow(() -> new SignupRefused(null, "signup.link-unknown", "This link is not one Feira sent"));
        if (row.verified()) {
            throw new SignupRefused(null, "signup.link-used", "This link was used already: sign in");
        }
        if (!clock.instant().isBefore(row.expires())) {
            throw new SignupRefused(null, "signup.link-expired", "This link expired: sign up again for a new one");
        }
        return row.pending();
    }

    private String slug(String slug) {
        String candidate = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        SlugCheck check = opening.check(candidate);
        if (check != SlugCheck.AVAILABLE) {
            throw new SignupRefused("slug", check.key(), "The portal address '" + candidate + "' is " + check.name().toLowerCase(Locale.ROOT));
        }
        return candidate;
    }

    private static String required(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new SignupRefused(field, "signup.required", "'" + field + "' is required");
        }
        if (stripped.length() > max) {
            throw new SignupRefused(field, "signup.too-long", "'" + field + "' is longer than " + max + " characters", max);
        }
        return stripped;
    }
}
