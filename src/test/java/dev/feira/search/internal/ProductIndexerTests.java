package dev.feira.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.CatalogChanged;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.catalog.StockChanged;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** When the catalog gets indexed around start-up (each tenant once, however many changes the start made), and how a rebuild writes. */
class ProductIndexerTests {

    final TenantId ferragens = new TenantId(UUID.randomUUID());
    final TenantId sabor = new TenantId(UUID.randomUUID());
    final ProductIndex index = mock(ProductIndex.class);
    final Catalog catalog = mock(Catalog.class);
    final TenantDirectory tenants = mock(TenantDirectory.class);
    final FullReindexLock fillLock = mock(FullReindexLock.class);
    final ProductIndexer indexer = new ProductIndexer(index, catalog, tenants, mock(ReadTime.class), fillLock,
            mock(PlatformTransactionManager.class));

    ProductIndexerTests() {
        when(fillLock.whileHeld(any())).thenAnswer(held -> {
            held.<Runnable>getArgument(0).run();
            return true;
        });
        when(index.startFill()).thenReturn("feira-products-v6-a");
        when(catalog.pageAfter(anyString(), anyInt())).thenReturn(List.of());
        List<TenantProfile> all = List.of(profile(ferragens), profile(sabor));
        when(tenants.all()).thenReturn(all);
    }

    @Test
    void aFreshStartFillsTheNewIndexWithEachCatalogOnceWhateverTheLoadingChanged() {
        when(index.prepare()).thenReturn(true);
        indexer.on(new CatalogChanged(ferragens, 202, Instant.now()));
        indexer.on(new StockChanged(ferragens, "FP-00001", 12, Instant.now()));
        indexer.on(new CatalogChanged(ferragens, 3, Instant.now()));
        indexer.on(new CatalogChanged(sabor, 237, Instant.now()));
        verify(index, never()).prepare();

        var product = product("FP-00001");
        when(catalog.pageAfter(eq(""), anyInt())).thenReturn(List.of(product));

        indexer.indexAfterStart();

        verify(index, times(1)).fill(eq(ferragens), any(), anyLong());
        verify(index, times(1)).fill(eq(sabor), any(), anyLong());
        verify(index, never()).bulkUpsert(any(), any(), anyLong());
        verify(index, never()).dropReadBefore(any(), anyLong());
        verify(index).completeFill("feira-products-v6-a");
    }

    @Test
    void aFullReindexFillsAFreshIndexAndSwapsItIn() {
        var product = product("FP-00001");
        when(catalog.pageAfter(eq(""), anyInt())).thenReturn(List.of(product));
        indexer.indexAfterStart();

        indexer.reindexAll();

        var order = inOrder(index);
        order.verify(index).startFill();
        order.verify(index).fill(eq(ferragens), any(), anyLong());
        order.verify(index).fill(eq(sabor), any(), anyLong());
        order.verify(index).completeFill("feira-products-v6-a");
        verify(index, never()).abandonFill(any());
    }

    @Test
    void aFullReindexThatBreaksOffDropsItsIndexAndLeavesTheLiveOneServing() {
        var product = product("FP-00001");
        when(catalog.pageAfter(eq(""), anyInt())).thenReturn(List.of(product));
        indexer.indexAfterStart();
        doThrow(new IllegalStateException("Bulk indexing failed")).when(index).fill(eq(sabor), any(), anyLong());

        assertThatThrownBy(indexer::reindexAll).hasMessage("Bulk indexing failed");

        verify(index).abandonFill("feira-products-v6-a");
        verify(index, never()).completeFill(any());
    }

    @Test
    void aFullReindexIsNotBegunWhileAnotherInstanceRunsOne() {
        indexer.indexAfterStart();
        doReturn(false).when(fillLock).whileHeld(any());

        indexer.reindexAll();

        verify(index, never()).startFill();
    }

    @Test
    void aRestartOnAFilledIndexRebuildsOnlyTheTenantsThatChangedWhileStarting() {
        when(index.prepare()).thenReturn(false);
        indexer.on(new CatalogChanged(sabor, 1, Instant.now()));
        indexer.on(new CatalogChanged(sabor, 1, Instant.now()));

        indexer.indexAfterStart();

        verify(index, times(1)).dropReadBefore(eq(sabor), anyLong());
        verify(index, never()).dropReadBefore(eq(ferragens), anyLong());
    }

    @Test
    void onceStartedEachChangeIsIndexedAsItComes() {
        when(index.prepare()).thenReturn(false);
        indexer.indexAfterStart();

        indexer.on(new CatalogChanged(ferragens, 1, Instant.now()));
        indexer.on(new CatalogChanged(ferragens, 1, Instant.now()));

        verify(index, times(2)).dropReadBefore(eq(ferragens), anyLong());
    }

    @Test
    void aRebuildHoldsRefreshesWhileItWritesAndResumesThemEvenWhenAWriteFails() {
        var product = product("FP-00001");
        when(catalog.pageAfter(eq(""), anyInt())).thenReturn(List.of(product));
        indexer.indexAfterStart();

        indexer.reindex(ferragens);

        var order = inOrder(index);
        order.verify(index).holdRefreshes();
        order.verify(index).bulkUpsert(eq(ferragens), eq(List.of(product)), anyLong());
        order.verify(index).resumeRefreshes();
        order.verify(index).dropReadBefore(eq(ferragens), anyLong());

        doThrow(new IllegalStateException("Bulk indexing failed")).when(index).bulkUpsert(any(), any(), anyLong());
        assertThatThrownBy(() -> indexer.reindex(ferragens)).hasMessage("Bulk indexing failed");
        verify(index, times(2)).holdRefreshes();
        verify(index, times(2)).resumeRefreshes();
        verify(index, times(1)).dropReadBefore(eq(ferragens), anyLong());
    }

    private static ProductSnapshot product(String sku) {
        var product = mock(ProductSnapshot.class);
        when(product.sku()).thenReturn(sku);
        return product;
    }

    private static TenantProfile profile(TenantId id) {
        TenantProfile profile = mock(TenantProfile.class);
        when(profile.id()).thenReturn(id);
        return profile;
    }
}
