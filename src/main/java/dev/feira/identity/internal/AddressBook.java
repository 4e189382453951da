package dev.feira.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerCaller;
import dev.feira.identity.CompanyAddresses;
import dev.feira.identity.Refusal;
import dev.feira.identity.Role;
import dev.feira.shared.BrazilianStates;
import dev.feira.shared.Cnpj;

/**
 * Buyer companies' addresses, always the calling company's: whose they are comes from the caller (a person's
 * company, an integration token's), never from a parameter another company could forge.
 */
@Service
@Transactional
class AddressBook implements CompanyAddresses {

    private static final Pattern CEP = Pattern.compile("(\\d{5})-?(\\d{3})");

    private final JdbcClient sql;
    private final BuyerAccountDirectory directory;

    AddressBook(JdbcClient sql, BuyerAccountDirectory directory) {
        this.sql = sql;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompanyAddress> ofCaller() {
        UUID company = bound(reader());
        return sql.sql("""
                select id, label, tax_id, street, district, city, state, postal_code, default_delivery from company_address
                where buyer_company_id = :company order by default_delivery desc, label""")
                .param("company", company).query(AddressBook::address).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyAddress> byId(UUID address) {
        UUID company = bound(reader());
        return sql.sql("""
                select id, label, tax_id, street, district, city, state, postal_code, default_delivery from company_address
                where buyer_company_id = :company and id = :id""")
                .param("company", company).param("id", address).query(AddressBook::address).optional();
    }

    @Override
    public CompanyAddress add(NewAddress address) {
        UUID company = bound(editor());
        return add(company, address);
    }

    /** Adds to a named company: the demo loader's way, with no caller. */
    CompanyAddress add(UUID company, NewAddress address) {
        bind(company);
        String label = required(address.label(), "label", 120);
        String taxId = Cnpj.valid(address.taxId()).map(Cnpj::formatted)
                .orElseThrow(() -> new Refusal("addresses.refused.tax-id", "The CNPJ is not valid (check its digits)"));
        String street = required(address.street(), "street", 200);
        String city = required(address.city(), "city", 100);
        String state = BrazilianStates.valid(address.state())
                .orElseThrow(() -> new Refusal("addresses.refused.state", "Choose the state (UF)"));
        var cep = CEP.matcher(address.postalCode() == null ? "" : address.postalCode().strip());
        if (!cep.matches()) {
            throw new Refusal("addresses.refused.postal-code", "The CEP has eight digits: 01310-100");
        }
        String district = address.district() == null || address.district().isBlank() ? null : address.district().strip();
        boolean first = sql.sql("select count(*) from company_address where buyer_company_id = :company").param("company", company)
                .query(Long.class).single() == 0;
        UUID id = UUID.randomUUID();
        sql.sql("""
                insert into company_address (id, buyer_company_id, label, tax_id, street, district, city, state, postal_code, default_delivery)
                values (:id, :company, :label, :taxId, :street, :district, :city, :state, :cep, :first)""")
                .param("id", id).param("company", company).param("label", label).param("taxId", taxId).param("street", street)
                .param("district", district).param("city", city).param("state", state).param("cep", cep.group(1) + "-" + cep.group(2))
                .param("first", first).update();
        return new CompanyAddress(id, label, taxId, street, district, city, state, cep.group(1) + "-" + cep.group(2), first);
    }

    /** Whether the company has any address: the demo loader adds them once. */
    boolean hasAddresses(UUID company) {
        bind(company);
        return sql.sql("select count(*) from company_address where buyer_company_id = :company").param("company", company)
                .query(Long.class).single() > 0;
    }

    @Override
    public void makeDefault(UUID address) {
        UUID company = bound(editor());
        if (byId(address).isEmpty()) {
            throw new Refusal("addresses.refused.unknown", "No such address");
        }
        sql.sql("update company_address set default_delivery = false where buyer_company_id = :company and default_delivery")
                .param("company", company).update();
        sql.sql("update company_address set default_delivery = true where buyer_company_id = :company and id = :id")
                .param("company", company).param("id", address).update();
    }

    @Override
    public void remove(UUID address) {
        UUID company = bound(editor());
        int removed = sql.sql("delete from company_address where buyer_company_id = :company and id = :id")
                .param("company", company).param("id", address).update();
        if (removed == 0) {
            throw new Refusal("addresses.refused.unknown", "No such address");
        }
    }

    private BuyerCaller reader() {
        return directory.buyerCaller().orElseThrow(() -> new AccessDeniedException("Only a buyer company's people read its addresses"));
    }

    /** Its buyer admin, or its own systems. */
    private BuyerCaller editor() {
        var caller = reader();
        if (caller.person().filter(p -> !p.has(Role.BUYER_ADMIN)).isPresent()) {
            throw new AccessDeniedException("Only the company's buyer admin changes its addresses");
        }
        return caller;
    }

    private UUID bound(BuyerCaller caller) {
        bind(caller.buyerCompany());
        return caller.buyerCompany();
    }

    private void bind(UUID company) {
        sql.sql("select set_config('feira.buyer_company_id', :company, true)").param("company", company.toString())
                .query(String.class).single();
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new Refusal("addresses.refused.required." + field, "The " + field + " is required");
        }
        if (value.strip().length() > max) {
            throw new Refusal("addresses.refused.too-long." + field, "The " + field + " has at most " + max + " characters");
        }
        return value.strip();
    }

    private static CompanyAddress address(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new CompanyAddress(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBoolean(9));
    }
}
