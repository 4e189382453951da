package dev.feira.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's warehouses. */
@Transactional(readOnly = true)
interface Warehouses extends Repository<WarehouseEntry, UUID> {

    @Transactional
    WarehouseEntry save(WarehouseEntry warehouse);

    List<WarehouseEntry> findAllByOrderByMainDescCodeAsc();

    Optional<WarehouseEntry> findByCode(String code);

    Optional<WarehouseEntry> findByMainTrue();

    /** The main warehouse; a supplier that has none yet gets one. */
    @Transactional
    default WarehouseEntry main() {
        return findByMainTrue().orElseGet(() -> save(new WarehouseEntry("CD", "Centro de distribuição", true)));
    }
}
