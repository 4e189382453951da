package dev.feira.search.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.NdJsonpSerializable;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.Assortment;
import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantId;

/**
 * The products index: one index for all tenants, every query filtered by tenant. Text fields hold
 * {@link SearchText} words; identifiers are keywords so an exact SKU, GTIN or MPN hit ranks first.
 */
@Component
class ProductIndex {

    /** Words arrive as {@link SearchText} made them: the index only splits them. */
    private static final String WORDS = "whitespace";
    /**
     * One copy on a single node (embedded), a replica on another node as soon as there is one: a cluster of three
     * answers and indexes with a node down and loses nothing.
     */
    private static final String REPLICAS = "0-1";
    /** How often the index refreshes, so a change shows within a second. */
    static final String LIVE_REFRESH = "1s";
    /** While a rebuild writes: bounded, not off, so an instance that dies holding it leaves the index slower, never frozen. */
    static final String HELD_REFRESH = "30s";
    /**
     * How old this instance's knowledge of a running fill may be when it writes. A fill reads the catalogs only once every
     * instance has looked again ({@link #EVERY_WRITER_KNOWS}): a change written to the live index alone was then read
     * before the fill read it, so the fill has it too.
     */
    static final java.time.Duration WRITERS_LOOK_EVERY = java.time.Duration.ofMillis(300);
    static final java.time.Duration EVERY_WRITER_KNOWS = WRITERS_LOOK_EVERY.plusMillis(100);
    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);

    private final SearchCluster cluster;
    private final SynonymSource synonyms;
    private final IndexNames names;
    private final long lookEvery;

    /** Where a query's synonyms come from: the suppliers' own, or none (a bare index in a benchmark). */
    @FunctionalInterface
    interface SynonymSource {
        QueryWords.SynonymGroups of(java.util.Collection<TenantId> tenants);
    }
    /** Rebuilds running here that hold refreshes (also the lock of holding and giving them back). */
    private final java.util.concurrent.atomic.AtomicInteger holding = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether this instance held refreshes and could not give them back yet (guarded by {@link #holding}). */
    private boolean resumeOwed;
    /** Which aliases exist, as this instance last looked; null: look before the next write. */
    private volatile Aliases aliases;
    private boolean prepared;
    private volatile boolean known;

    /**
     * @param live whether searches have an index yet
     * @param filling whether a fill is running (on any instance), whose index gets every write too
     * @param lookedAt when the question was asked ({@link System#nanoTime()}): the answer is at least this fresh
     */
    private record Aliases(boolean live, boolean filling, long lookedAt) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    ProductIndex(SearchCluster cluster, SynonymBook synonyms, IndexNames names) {
        this(cluster, (SynonymSource) synonyms::of, names);
    }

    ProductIndex(SearchCluster cluster, SynonymSource synonyms, IndexNames names) {
        this(cluster, synonyms, names, WRITERS_LOOK_EVERY);
    }

    /** @param lookEvery how old what this instance knows of a fill may be when it writes (a test's other instance: any age) */
    ProductIndex(SearchCluster cluster, SynonymSource synonyms, IndexNames names, java.time.Duration lookEvery) {
        this.cluster = cluster;
        this.synonyms = synonyms;
        this.names = names;
        this.lookEvery = lookEvery.toNanos();
    }

    IndexNames names() {
        return names;
    }

    /** Until the first fill has swapped an index in, searches answer empty rather than fail. */
    private boolean exists() {
        if (!known) {
            try {
                known = cluster.client().indices().existsAlias(a -> a.name(names.alias())).value();
            } catch (IOException e) {
                throw new dev.feira.search.SearchUnavailable(e);
            }
        }
        return known;
    }

    /**
     * Answers once per instance (and again after a failed fill) whether the index has to be filled afresh: there is none,
     * or the one serving has an earlier mapping version. Meanwhile searches keep using the earlier version.
     */
    synchronized boolean prepare() {
        if (prepared) {
            return false;
        }
        ElasticsearchClient client = cluster.client();
        try {
            List<String> live = aliasTargets(client, names.alias());
            prepared = true; // only now: a search server that was down is asked again next time
            if (live.size() == 1 && names.ofThisVersion(live.getFirst())) {
                // An index made before replicas followed the cluster's size gets them now (a setting, no reindex).
                // Refreshes held by a rebuild of an instance that died are resumed.
                client.indices().putSettings(p -> p.index(names.alias()).settings(s -> s.autoExpandReplicas(REPLICAS)
                        .refreshInterval(t -> t.time(LIVE_REFRESH))));
                return false;
            }
            log.info("Search index version {} is to be filled; searches use {} until then", IndexNames.VERSION, live);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a fresh index for a full reindex, under the filling alias so that every instance writes its changes to it
     * too (within {@link #EVERY_WRITER_KNOWS}). The caller holds the cluster's fill lock: an index another fill left under
     * that alias was left by an instance that died, and goes.
     *
     * @return the new index's name, for {@link #fill} and {@link #completeFill} or {@link #abandonFill}
     */
    synchronized String startFill() {
        ElasticsearchClient client = cluster.client();
        try {
            for (String left : aliasTargets(client, names.filling())) {
                client.indices().delete(d -> d.index(left));
                log.warn("Dropped search index {}, left half-filled", left);
            }
            String fresh = names.next(aliasTargets(client, names.alias()));
            if (client.indices().exists(e -> e.index(fresh)).value()) { // left by a swap that could not drop it
                client.indices().delete(d -> d.index(fresh));
            }
            create(client, fresh);
            aliases = null;
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fill broke off (the search server went away): its index goes, and the next caller of {@link #prepare()} fills again. */
    synchronized void abandonFill(String fresh) {
        prepared = false;
        aliases = null;
        try {
            cluster.client().indices().delete(d -> d.index(fresh));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not drop the half-filled search index {} (the next fill does): {}", fresh, e.toString());
        }
    }

    /**
     * The fresh index is full: it gets the live settings, then the alias moves to it and the filling alias goes in one step,
     * and the indices it replaces are dropped.
     */
    synchronized void completeFill(String fresh) {
        ElasticsearchClient client = cluster.client();
        try {
            String refresh = holdsRefreshes() ? HELD_REFRESH : LIVE_REFRESH;
            client.indices().putSettings(p -> p.index(fresh).settings(s -> s.autoExpandReplicas(REPLICAS)
                    .refreshInterval(t -> t.time(refresh))));
            client.indices().refresh(r -> r.index(fresh));
            List<String> previous = aliasTargets(client, names.alias());
            client.indices().updateAliases(u -> {
                previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(names.alias()))));
                u.actions(a -> a.remove(r -> r.index(fresh).alias(names.filling())));
                return u.actions(a -> a.add(add -> add.index(fresh).alias(names.alias())));
            });
            aliases = null;
            known = true;
            var replaced = new ArrayList<>(previous);
            for (String legacy : names.legacy()) {
                if (client.indices().exists(e -> e.index(legacy)).value()) {
                    replaced.add(legacy);
                }
            }
            for (String old : replaced) {
                client.indices().delete(d -> d.index(old));
                log.info("Dropped search index {} (replaced by {})", old, fresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> aliasTargets(ElasticsearchClient client, String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return List.copyOf(client.indices().getAlias(a -> a.name(alias)).result().keySet());
    }

    /**
     * A fill's index: no replica and no refresh while it is written (the alias swap refreshes it once), created with the
     * filling alias in the same step so no write is ever sent to an index nobody announced.
     */
    private void create(ElasticsearchClient client, String index) throws IOException {
        client.indices().create(c -> c.index(index)
                .aliases(names.filling(), a -> a)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("-1")))
                .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                        // Each field keeps only the structure its questions use: terms to match (postings)
                        // or values to sort, group and count by (doc values); each one more is work on every write.
                        .properties("tenantId", p -> p.keyword(k -> k.docValues(false)))
                        .properties("sku", p -> p.keyword(k -> k.docValues(false)))
                        .properties("gtin", p -> p.keyword(k -> k.docValues(false)))
                        .properties("mpn", p -> p.keyword(k -> k.docValues(false)))
                        .properties("offerKey", p -> p.keyword(k -> k)) // collapsing asks for both
                        .properties("codes", p -> p.keyword(k -> k.docValues(false)))
                        .properties("nameWords", p -> p.text(t -> t.analyzer(WORDS)))
                        .properties("nameJoined", p -> p.text(t -> t.analyzer(WORDS)))
                        .properties("brandWords", p -> p.text(t -> t.analyzer(WORDS)))
                        .properties("categoryWords", p -> p.text(t -> t.analyzer(WORDS)))
                        .properties("descriptionWords", p -> p.text(t -> t.analyzer(WORDS)))
                        .properties("attributeWords", p -> p.text(t -> t.analyzer(WORDS)))
                        .properties("nameSort", p -> p.keyword(k -> k.index(false))) // sorted on only
                        .properties("brand", p -> p.keyword(k -> k))
                        .properties("category", p -> p.keyword(k -> k))
                        .properties("attributes", p -> p.keyword(k -> k))
                        .properties("inStock", p -> p.boolean_(b -> b.docValues(false)))
                        .properties("listPrice", p -> p.double_(d -> d.index(false))) // sorted on only
                        .properties("generation", p -> p.long_(l -> l.docValues(false))) // when it was read
                        .properties("product", p -> p.object(o -> o.enabled(false)))));
        log.info("Created search index {} to fill", index);
    }

    /**
     * Indexes one product, visible to searches within a second (the next refresh). The document's version is the time of
     * its read: a write of an older read than the index holds is refused, so a listener held up between its read and its
     * write cannot undo a newer state another one wrote meanwhile.
     */
    void upsert(TenantId tenant, ProductAsRead read) {
        // No forced refresh: the index refreshes every second, and a refresh per stock change
        // (every confirmed order line) made Elasticsearch the busiest process under load.
        write(writeTargets(), List.of(ProductDocument.of(tenant.toString(), read.product(), read.readAt())), read.readAt());
    }

    /**
     * Indexes a page of a tenant's products as one bulk request, stamped and versioned with the time the page was read (a
     * product changed since keeps the newer document).
     */
    void bulkUpsert(TenantId tenant, List<ProductSnapshot> products, long readAt) {
        write(writeTargets(), documents(tenant, products, readAt), readAt);
    }

    /** A page of a full reindex, written to the fresh index alone (the live one keeps serving as it is until the swap). */
    void fill(TenantId tenant, List<ProductSnapshot> products, long readAt) {
        write(List.of(names.filling()), documents(tenant, products, readAt), readAt);
    }

    /**
     * Documents stamped with their read, not with the run that wrote them: a rebuild on one instance then drops only what was
     * read before it began, never a product another writer (a fill, another rebuild) read later but began earlier.
     */
    private static List<ProductDocument> documents(TenantId tenant, List<ProductSnapshot> products, long readAt) {
        String tenantId = tenant.toString();
        return products.stream().map(product -> ProductDocument.of(tenantId, product, readAt)).toList();
    }

    /**
     * Where a change goes: the live index, and while a fill runs its index too. What this instance knows of a fill is at
     * most {@link #WRITERS_LOOK_EVERY} old when it writes, and the change was read before it writes.
     */
    private List<String> writeTargets() {
        Aliases seen = aliases;
        if (seen == null || System.nanoTime() - seen.lookedAt() >= lookEvery) {
            seen = lookAtAliases();
            aliases = seen;
        }
        if (!seen.live()) {
            return seen.filling() ? List.of(names.filling()) : List.of(); // none yet: the first fill reads the change
        }
        return seen.filling() ? List.of(names.alias(), names.filling()) : List.of(names.alias());
    }

    private Aliases lookAtAliases() {
        long askedAt = System.nanoTime();
        try {
            var found = cluster.client().indices().getAlias(a -> a.index(names.pattern())).result().values();
            return new Aliases(found.stream().anyMatch(i -> i.aliases().containsKey(names.alias())),
                    found.stream().anyMatch(i -> i.aliases().containsKey(names.filling())), askedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One bulk request, also for a single document: a refused item comes back as an item's error (a refused single
     * index request surfaced as an unparsed transport error instead). The body goes as one piece of known length, written
     * and read with the typed client's own (de)serialisation: the typed client sends a chunk per line, and its I/O thread
     * spent a sixth of the app's time of a rebuild on 2,000 chunks a bulk, Elasticsearch a tenth more reading them.
     */
    private void write(List<String> targets, List<ProductDocument> documents, long readAt) {
        if (targets.isEmpty()) {
            return;
        }
        var client = cluster.client();
        var mapper = client._jsonpMapper();
        var body = new ByteArrayOutputStream(documents.size() * targets.size() * 1_200);
        for (ProductDocument document : documents) {
            for (String target : targets) {
                var operation = BulkOperation.of(op -> op.index(i -> i.index(target).id(document.id()).document(document)
                        .versionType(VersionType.ExternalGte).version(readAt)));
                ndJsonLines(body, operation, mapper);
            }
        }
        var request = new Request("POST", "/_bulk");
        request.addParameter("filter_path", ONLY_FAILURES);
        // Only ever through the aliases: a write that reaches a swapped-out name must fail, not create an index by that name.
        request.addParameter("require_alias", "true");
        request.setEntity(new ByteArrayEntity(body.toByteArray(), NDJSON));
        try {
            var answer = cluster.lowLevelClient().performRequest(request);
            BulkResponse response;
            try (var parser = mapper.jsonProvider().createParser(answer.getEntity().getContent())) {
                response = BulkResponse._DESERIALIZER.deserialize(parser, mapper);
            }
            if (response.errors()) {
                var items = response.items();
                for (int i = 0; i < items.size(); i++) {
                    var error = items.get(i).error();
                    if (error != null && !isNewerAlready(error.type()) && !fillEnded(targets.get(i % targets.size()), error.type())) {
                        throw new IllegalStateException("Bulk indexing failed: " + error.reason());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A write to a fill's index after it swapped in or broke off: the live index has the change, or the next fill reads it. */
    private boolean fillEnded(String target, String errorType) {
        return target.equals(names.filling()) && "index_not_found_exception".equals(errorType);
    }

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    /**
     * A bulk's answer as far as a writer reads it: whether any item failed and why. In full, each of a rebuild's 100,000 items
     * came back with its id, version, sequence number and shard counts, for Elasticsearch to write and this instance to parse.
     */
    private static final String ONLY_FAILURES = "took,errors,items.*._index,items.*.status,items.*.error.type,items.*.error.reason";

    /** The lines of a bulk operation (its action, then its document) as the typed client writes them. */
    private static void ndJsonLines(ByteArrayOutputStream body, NdJsonpSerializable value, JsonpMapper mapper) {
        for (var items = value._serializables(); items.hasNext(); ) {
            Object item = items.next();
            if (item instanceof NdJsonpSerializable nested && item != value) {
                ndJsonLines(body, nested, mapper);
            } else {
                ndJsonLine(body, item, mapper);
            }
        }
    }

    private static void ndJsonLine(ByteArrayOutputStream body, Object value, JsonpMapper mapper) {
        try (var generator = mapper.jsonProvider().createGenerator(body)) {
            mapper.serialize(value, generator);
        }
        body.write('\n');
    }

    /** The index refused a write because it holds a product read later than the write's: nothing to do. */
    private static boolean isNewerAlready(String errorType) {
        return "version_conflict_engine_exception".equals(errorType);
    }

    /**
     * While a catalog is rebuilt, the index refreshes every {@value #HELD_REFRESH} instead of every second: a refresh
     * a second during 100,000 writes made a small segment each time and merged them again, a third of Elasticsearch's
     * work (decision 015). Other changes meanwhile show when the rebuild ends, at the latest after that interval.
     */
    void holdRefreshes() {
        synchronized (holding) {
            if (holding.getAndIncrement() == 0) {
                try {
                    refreshEvery(HELD_REFRESH);
                } catch (RuntimeException e) {
                    holding.decrementAndGet();
                    throw e;
                }
            }
        }
    }

    /** Whether a rebuild here holds refreshes now. */
    boolean holdsRefreshes() {
        return holding.get() > 0;
    }

    /**
     * The last rebuild here ended: refreshes every second again (the rebuild's end refreshes at once). If Elasticsearch
     * cannot be reached to be told, this instance owes it and {@link #giveBackOwedRefreshes} tells it once it can.
     */
    void resumeRefreshes() {
        synchronized (holding) {
            if (holding.decrementAndGet() == 0) {
                resumeOwed = true;
                refreshEvery(LIVE_REFRESH);
                resumeOwed = false;
            }
        }
    }

    /**
     * Refreshes a rebuild's end could not give back (Elasticsearch went away meanwhile) are given back once it answers:
     * otherwise every supplier's changes would show within 30 s instead of a second until some instance restarted.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 15_000, initialDelay = 15_000)
    void giveBackOwedRefreshes() {
        synchronized (holding) {
            if (!resumeOwed || holding.get() > 0) {
                return;
            }
            try {
                refreshEvery(LIVE_REFRESH);
                resumeOwed = false;
                log.info("Search index refreshes every {} again", LIVE_REFRESH);
            } catch (RuntimeException e) {
                log.debug("Search index still out of reach to refresh every {}: {}", LIVE_REFRESH, e.toString());
            }
        }
    }

    /** How often the live index refreshes now. */
    String refreshInterval() {
        try {
            var settings = cluster.client().indices().getSettings(g -> g.index(names.alias()).includeDefaults(true)).result()
                    .values().iterator().next();
            var index = settings.settings() == null ? null : settings.settings().index();
            if (index != null && index.refreshInterval() != null) {
                return index.refreshInterval().time();
            }
            return settings.defaults().index().refreshInterval().time();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live index's refreshes; a fill's index has none until it swaps in, then those of the moment. */
    private void refreshEvery(String interval) {
        try {
            cluster.client().indices().putSettings(p -> p.index(names.alias()).settings(s -> s.refreshInterval(t -> t.time(interval))));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) { // no index swapped in yet: the first fill's swap sets them
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the index holds for a product now (a real-time read, whether refreshed or not). */
    Optional<ProductSnapshot> indexed(TenantId tenant, String sku) {
        try {
            var found = cluster.client().get(g -> g.index(names.alias()).id(tenant + ":" + sku), ProductDocument.class);
            return found.found() ? Optional.ofNullable(found.source()).map(ProductDocument::product) : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) { // the index is not there yet
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends a tenant's rebuild: makes it visible, then deletes the tenant's documents read before it began
     * (products no longer in the catalog). Core Elasticsearch has no delete-by-query, so stale
     * documents are found and deleted in batches.
     */
    void dropReadBefore(TenantId tenant, long began) {
        for (String target : writeTargets()) {
            try {
                dropReadBefore(target, tenant, began);
            } catch (ElasticsearchException e) {
                if (!fillEnded(target, e.error().type())) {
                    throw e;
                }
            }
        }
    }

    private void dropReadBefore(String index, TenantId tenant, long began) {
        ElasticsearchClient client = cluster.client();
        String tenantId = tenant.toString();
        try {
            client.indices().refresh(r -> r.index(index));
            while (true) {
                var stale = client.search(s -> s.index(index).size(1000).source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.term(t -> t.field("tenantId").value(tenantId)))
                                .filter(f -> f.range(r -> r.number(n -> n.field("generation").lt((double) began)))))),
                        Void.class);
                if (stale.hits().hits().isEmpty()) {
                    return;
                }
                var bulk = new BulkRequest.Builder().index(index).requireAlias(true);
                stale.hits().hits().forEach(hit -> bulk.operations(op -> op.delete(d -> d.id(hit.id()))));
                client.bulk(bulk.build());
                client.indices().refresh(r -> r.index(index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CatalogPage search(TenantId tenant, CatalogSearch.CatalogQuery query, int from, int size) {
        if (!exists() || from >= CatalogSearch.MAX_RESULTS) { // beyond the result window the index refuses the query
            return new CatalogPage(List.of(), 0);
        }
        int window = Math.min(size, CatalogSearch.MAX_RESULTS - from);
        Query narrowed = narrowed(tenant, query);
        var words = QueryWords.of(query.text(), synonyms.of(List.of(tenant)));
        CatalogPage page = search(query(narrowed, words, Strictness.EVERY_WORD), query.sort(), from, window);
        if (page.total() == 0 && words.mayRelax()) {
            page = search(query(narrowed, words, Strictness.MOST_WORDS), query.sort(), from, window);
        }
        return page;
    }

    private CatalogPage search(Query query, CatalogSearch.Sort sort, int from, int window) {
        try {
            SearchResponse<ProductDocument> response = cluster.client().search(s -> sorted(
                    s.index(names.alias()).from(from).size(window).trackTotalHits(t -> t.enabled(true)).query(query), sort), ProductDocument.class);
            return new CatalogPage(hits(response), total(response));
        } catch (IOException e) {
            throw new dev.feira.search.SearchUnavailable(e);
        }
    }

    private static SearchRequest.Builder sorted(SearchRequest.Builder s, CatalogSearch.Sort sort) {
        switch (sort.inTheIndex()) {
            case NAME -> s.sort(o -> o.field(f -> f.field("nameSort").order(SortOrder.Asc)));
            case LIST_PRICE_ASCENDING -> s.sort(o -> o.field(f -> f.field("listPrice").order(SortOrder.Asc)));
            case LIST_PRICE_DESCENDING -> s.sort(o -> o.field(f -> f.field("listPrice").order(SortOrder.Desc)));
            case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            default -> throw new IllegalStateException("No index order for " + sort);
        }
        return s.sort(o -> o.field(f -> f.field("nameSort").order(SortOrder.Asc)));
    }

    private static List<ProductSnapshot> hits(SearchResponse<ProductDocument> response) {
        List<ProductSnapshot> hits = new ArrayList<>();
        for (Hit<ProductDocument> hit : response.hits().hits()) {
            if (hit.source() != null) {
                hits.add(hit.source().product());
            }
        }
        return hits;
    }

    private static long total(SearchResponse<ProductDocument> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    /**
     * A catalog page at a glance in one request (two when no product has every word): the first hits and their total,
     * with what the filter panel offers. The words within the scope are the query; the visitor's choices filter only
     * the hits (a post filter) and the facets that narrow with them, so categories and brands still list the ones
     * not chosen. A net price sort asks for no hits here: the caller orders them with the buyer's prices.
     */
    CatalogGlance glance(TenantId tenant, CatalogSearch.CatalogQuery query, int size) {
        if (!exists()) {
            return new CatalogGlance(new CatalogPage(List.of(), 0), new CatalogSearch.Facets(List.of(), List.of(), new java.util.TreeMap<>(), 0));
        }
        int hits = query.sort().byNetPrice() ? 0 : Math.min(size, CatalogSearch.MAX_RESULTS);
        Query scope = scope(tenant, query);
        var words = QueryWords.of(query.text(), synonyms.of(List.of(tenant)));
        CatalogGlance glance = glance(query(scope, words, Strictness.EVERY_WORD), query, hits);
        if (glance.page().total() == 0 && words.mayRelax()) {
            glance = glance(query(scope, words, Strictness.MOST_WORDS), query, hits);
        }
        return glance;
    }

    private CatalogGlance glance(Query matching, CatalogSearch.CatalogQuery query, int size) {
        Query chosen = chosen(query);
        Query chosenButAttributes = chosen(query.withAttributes(java.util.Map.of()));
        try {
            SearchResponse<ProductDocument> response = cluster.client().search(s -> sorted(s.index(names.alias()).size(size)
                    .trackTotalHits(t -> t.enabled(true)).query(matching).postFilter(chosen)
                    .aggregations("categories", a -> a.terms(t -> t.field("category").size(100)))
                    .aggregations("brands", a -> a.terms(t -> t.field("brand").size(100)))
                    .aggregations("attributes", a -> a.filter(chosenButAttributes)
                            .aggregations("values", v -> v.terms(t -> t.field("attributes").size(500))))
                    .aggregations("inStock", a -> a.filter(f -> f.bool(b -> b.filter(chosen)
                            .filter(i -> i.term(t -> t.field("inStock").value(true)))))), query.sort()), ProductDocument.class);
            var aggregations = response.aggregations();
            var facets = new CatalogSearch.Facets(values(aggregations.get("categories")), values(aggregations.get("brands")),
                    attributeFacets(values(aggregations.get("attributes").filter().aggregations().get("values"))),
                    aggregations.get("inStock").filter().docCount());
            return new CatalogGlance(new CatalogPage(hits(response), total(response)), facets);
        } catch (IOException e) {
            throw new dev.feira.search.SearchUnavailable(e);
        }
    }

    record CatalogGlance(CatalogPage page, CatalogSearch.Facets facets) {
    }

    long count(TenantId tenant, CatalogSearch.CatalogQuery query) {
        if (!exists()) {
            return 0;
        }
        return count(filtered(tenant, query));
    }

    private long count(Query query) {
        try {
            return cluster.client().count(c -> c.index(names.alias()).query(query)).count();
        } catch (IOException e) {
            throw new dev.feira.search.SearchUnavailable(e);
        }
    }

    /** Facet counts over exactly the products the query may return: hidden ones are never counted. */
    CatalogSearch.Facets facets(TenantId tenant, CatalogSearch.CatalogQuery query) {
        if (!exists()) {
            return new CatalogSearch.Facets(List.of(), List.of(), new java.util.TreeMap<>(), 0);
        }
        Query filtered = filtered(tenant, query);
        try {
            var response = cluster.client().search(s -> s.index(names.alias()).size(0).query(filtered)
                    .aggregations("categories", a -> a.terms(t -> t.field("category").size(100)))
                    .aggregations("brands", a -> a.terms(t -> t.field("brand").size(100)))
                    .aggregations("attributes", a -> a.terms(t -> t.field("attributes").size(500)))
                    .aggregations("inStock", a -> a.filter(f -> f.term(t -> t.field("inStock").value(true)))), Void.class);
            return new CatalogSearch.Facets(values(response.aggregations().get("categories")),
                    values(response.aggregations().get("brands")), attributeFacets(values(response.aggregations().get("attributes"))),
                    response.aggregations().get("inStock").filter().docCount());
        } catch (IOException e) {
            throw new dev.feira.search.SearchUnavailable(e);
        }
    }

    /** "Material=Aço Inox" buckets as values per attribute name, each list by count. */
    private static java.util.SortedMap<String, List<CatalogSearch.FacetValue>> attributeFacets(List<CatalogSearch.FacetValue> buckets) {
        java.util.SortedMap<String, List<CatalogSearch.FacetValue>> byName = new java.util.TreeMap<>();
        for (var bucket : buckets) {
            int at = bucket.value().indexOf(ProductDocument.ATTRIBUTE_SEPARATOR);
            byName.computeIfAbsent(bucket.value().substring(0, at), name -> new java.util.ArrayList<>())
                    .add(new CatalogSearch.FacetValue(bucket.value().substring(at + 1), bucket.count()));
        }
        return byName;
    }

    private static List<CatalogSearch.FacetValue> values(co.elastic.clients.elasticsearch._types.aggregations.Aggregate terms) {
        return terms.sterms().buckets().array().stream()
                .map(b -> new CatalogSearch.FacetValue(b.key().stringValue(), b.docCount())).toList();
    }

    /**
     * The text query within the tenant's visible products and the chosen filters, as strict as the
     * search itself was: every word must match unless that found nothing.
     */
    private Query filtered(TenantId tenant, CatalogSearch.CatalogQuery query) {
        Query narrowed = narrowed(tenant, query);
        var words = QueryWords.of(query.text(), synonyms.of(List.of(tenant)));
        return relaxedIfNothingMatches(narrowed, words);
    }

    private Query relaxedIfNothingMatches(Query scope, QueryWords words) {
        Query strict = query(scope, words, Strictness.EVERY_WORD);
        return words.mayRelax() && count(strict) == 0 ? query(scope, words, Strictness.MOST_WORDS) : strict;
    }

    private static Query narrowed(TenantId tenant, CatalogSearch.CatalogQuery query) {
        return Query.of(q -> q.bool(b -> b.filter(scope(tenant, query)).filter(chosen(query))));
    }

    /** What any result is within: the tenant's products the buyer may see, only those in stock when asked. */
    private static Query scope(TenantId tenant, CatalogSearch.CatalogQuery query) {
        Query visible = visibleIn(tenant, query.assortment());
        return Query.of(q -> q.bool(b -> {
            b.filter(visible);
            if (query.inStockOnly()) {
                b.filter(f -> f.term(t -> t.field("inStock").value(true)));
            }
            return b;
        }));
    }

    /** What the visitor chose among the facets: a category (and below it), a brand, attribute values (none: all). */
    private static Query chosen(CatalogSearch.CatalogQuery query) {
        return Query.of(q -> q.bool(b -> {
            query.categoryGroup().ifPresent(group -> b.filter(f -> f.bool(g -> g
                    .should(s -> s.term(t -> t.field("category").value(group)))
                    .should(s -> s.prefix(p -> p.field("category").value(group + Assortment.GROUP_SEPARATOR)))
                    .minimumShouldMatch("1"))));
            query.brand().ifPresent(brand -> b.filter(f -> f.term(t -> t.field("brand").value(brand))));
            query.attributes().forEach((name, value) -> b.filter(f -> f.term(t -> t.field("attributes")
                    .value(ProductDocument.attribute(name, value)))));
            return b;
        }));
    }

    record CatalogPage(List<ProductSnapshot> hits, long total) {
    }

    /** One item as several suppliers offer it: the best-matching offer first. */
    record OfferGroup(String offerKey, List<TenantOffer> offers) {
    }

    record TenantOffer(TenantId tenant, ProductSnapshot product) {
    }

    record MarketplacePage(List<OfferGroup> groups, long total) {
    }

    /**
     * Searches the catalogs of {@code tenants} at once and folds offers of the same item (see
     * {@link ProductDocument#offerKey}) into one group; {@code total} counts groups.
     */
    MarketplacePage searchMarketplace(java.util.Map<TenantId, java.util.Optional<Assortment>> tenants, String query,
                                      int from, int size) {
        if (!exists() || tenants.isEmpty() || from >= CatalogSearch.MAX_RESULTS) {
            return new MarketplacePage(List.of(), 0);
        }
        int window = Math.min(size, CatalogSearch.MAX_RESULTS - from);
        // Each supplier contributes only what this buyer may see there.
        Query visible = Query.of(q -> q.bool(b -> {
            tenants.forEach((tenant, assortment) -> b.should(visibleIn(tenant, assortment)));
            return b.minimumShouldMatch("1");
        }));
        var words = QueryWords.of(query, synonyms.of(tenants.keySet()));
        Query matching = relaxedIfNothingMatches(visible, words);
        try {
            SearchResponse<ProductDocument> response = cluster.client().search(s -> s.index(names.alias())
                    .from(from).size(window)
                    .query(matching)
                    .collapse(c -> c.field("offerKey").innerHits(i -> i.name("offers").size(10)
                            .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))))
                    .aggregations("groups", a -> a.cardinality(c -> c.field("offerKey")))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("nameSort").order(SortOrder.Asc))), ProductDocument.class);
            List<OfferGroup> groups = new ArrayList<>();
            for (Hit<ProductDocument> hit : response.hits().hits()) {
                var offers = new ArrayList<TenantOffer>();
                var inner = hit.innerHits().get("offers");
                for (var offer : inner.hits().hits()) {
                    var document = offer.source().to(ProductDocument.class);
                    offers.add(new TenantOffer(TenantId.of(document.tenantId()), document.product()));
                }
                groups.add(new OfferGroup(hit.source().offerKey(), offers));
            }
            long total = response.aggregations().get("groups").cardinality().value();
            return new MarketplacePage(groups, total);
        } catch (IOException e) {
            throw new dev.feira.search.SearchUnavailable(e);
        }
    }

    /** The tenant's products, within the assortment when there is one. */
    private static Query visibleIn(TenantId tenant, java.util.Optional<Assortment> assortment) {
        Query ofTenant = Query.of(q -> q.term(t -> t.field("tenantId").value(tenant.toString())));
        if (assortment.isEmpty()) {
            return ofTenant;
        }
        Assortment a = assortment.get();
        return Query.of(q -> q.bool(b -> {
            b.filter(ofTenant);
            if (!a.skus().isEmpty()) {
                b.should(s -> s.terms(t -> t.field("sku").terms(v -> v.value(a.skus().stream().map(FieldValue::of).toList()))));
            }
            for (String group : a.productGroups()) {
                b.should(s -> s.term(t -> t.field("category").value(group)));
                b.should(s -> s.prefix(p -> p.field("category").value(group + Assortment.GROUP_SEPARATOR)));
            }
            // An assortment with nothing in it shows nothing.
            return b.minimumShouldMatch("1");
        }));
    }

    /** Whether every word of the query must match, or all but one (when none matched every word). */
    enum Strictness { EVERY_WORD, MOST_WORDS }

    /**
     * Fields a query's words are looked for in, together: one word in the name and another in the
     * description is a match. The name weighs most, then brand and category.
     */
    private static final List<String> WORD_FIELDS = List.of("nameWords^3", "nameJoined^2.5", "brandWords^2", "categoryWords^1.5",
            "attributeWords", "descriptionWords^0.5");

    /**
     * Best first: an exact SKU, GTIN or MPN; a part number begun; every word found across the fields
     * (as typed, with two neighbours written together, or with a supplier's synonym), words in the
     * name's order scoring more; words with a typo (five letters and more: "desk" never becomes
     * "disk"); the last word still being typed.
     */
    private static Query query(Query scope, QueryWords words, Strictness strictness) {
        if (words.text().isEmpty()) {
            return Query.of(q -> q.bool(b -> b.filter(scope).must(m -> m.matchAll(a -> a))));
        }
        String raw = words.raw();
        String required = strictness == Strictness.EVERY_WORD ? "100%" : "-1";
        return Query.of(q -> q.bool(b -> {
            b.filter(scope)
                    .should(s -> s.term(t -> t.field("sku").value(raw).boost(20f)))
                    .should(s -> s.term(t -> t.field("gtin").value(raw).boost(20f)))
                    .should(s -> s.term(t -> t.field("mpn").value(raw).boost(20f)));
            if (SearchText.looksLikeCode(raw)) {
                b.should(s -> s.term(t -> t.field("codes").value(SearchText.code(raw)).boost(15f)));
            }
            for (String part : raw.split("\\s+")) {
                if (SearchText.looksLikeCode(part)) {
                    b.should(s -> s.prefix(p -> p.field("codes").value(SearchText.code(part)).boost(8f)));
                }
            }
            b.should(s -> s.multiMatch(m -> m.query(words.text()).fields(WORD_FIELDS).type(TextQueryType.CrossFields)
                    .minimumShouldMatch(required).boost(3f)));
            for (String variant : words.variants()) {
                b.should(s -> s.multiMatch(m -> m.query(variant).fields(WORD_FIELDS).type(TextQueryType.CrossFields)
                        .minimumShouldMatch(required).boost(2.5f)));
            }
            b.should(s -> s.matchPhrase(m -> m.field("nameWords").query(words.text()).slop(2).boost(2f)));
            // A name that begins with what was asked is that thing ("Notebook 15,6\"…"), not an accessory for it
            // ("Suporte para Notebook"); a category named so is the buyer's meaning too ("laptop" → Laptops).
            for (String asked : words.textAndVariants()) {
                b.should(s -> s.spanFirst(f -> f.end(asked.split(" ").length + 1).match(m -> m.spanNear(n -> {
                    java.util.Arrays.stream(asked.split(" ")).forEach(word -> n.clauses(c -> c.spanTerm(t -> t.field("nameWords").value(word))));
                    return n.slop(1).inOrder(true);
                })).boost(6f)));
            }
            b.should(s -> s.match(m -> m.field("categoryWords").query(words.text()).minimumShouldMatch(required).boost(1.5f)));
            b.should(s -> s.multiMatch(m -> m.query(words.text())
                    .fields("nameWords^3", "brandWords^2", "categoryWords^1.5", "attributeWords", "descriptionWords^0.5")
                    .fuzziness("AUTO:5,8").prefixLength(1).minimumShouldMatch(required)));
            // While typing: the last word counts as a prefix ("parafuso sext" finds "Parafuso Sextavado").
            b.should(s -> s.multiMatch(m -> m.query(words.text()).fields("nameWords^3", "brandWords^2", "categoryWords^1.5")
                    .type(TextQueryType.BoolPrefix).minimumShouldMatch(required)));
            return b.minimumShouldMatch("1");
        }));
    }
}
