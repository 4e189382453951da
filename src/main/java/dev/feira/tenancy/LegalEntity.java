package dev.feira.tenancy;

/** The company behind a supplier portal: its legal name, CNPJ (fourteen characters, checked) and address. */
public record LegalEntity(String legalName, String cnpj, String street, String city, String state, String postalCode) {
}
