package dev.feira.catalog.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.catalog.Warehouse;
import dev.feira.shared.persistence.AssignedIdentity;

@Entity
@Table(name = "warehouse")
class WarehouseEntry extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String code;
    private String name;
    private boolean main;

    protected WarehouseEntry() {
    }

    WarehouseEntry(String code, String name, boolean main) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.main = main;
    }

    void rename(String name) {
        this.name = name;
    }

    String code() {
        return code;
    }

    boolean main() {
        return main;
    }

    Warehouse toWarehouse() {
        return new Warehouse(code, name, main);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
