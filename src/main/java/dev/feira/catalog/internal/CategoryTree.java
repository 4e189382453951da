package dev.feira.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.CatalogChanged;
import dev.feira.catalog.Categories;
import dev.feira.catalog.CategoryNode;
import dev.feira.catalog.CategoryRenamed;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.TenantContext;

import static dev.feira.catalog.CategoryNode.SEPARATOR;

/** The category tree, stored node by node so that empty categories exist too. */
@Service
@Transactional(readOnly = true)
class CategoryTree implements Categories {

    private final ProductCategories nodes;
    private final ApplicationEventPublisher events;
    private final CatalogAccess access;

    CategoryTree(ProductCategories nodes, ApplicationEventPublisher events, CatalogAccess access) {
        this.nodes = nodes;
        this.events = events;
        this.access = access;
    }

    @Override
    public List<CategoryNode> tree() {
        Map<String, Long> below = new HashMap<>();
        for (Object[] row : nodes.productsPerCategory()) {
            String path = (String) row[0];
            long count = (Long) row[1];
            for (String prefix : prefixes(path)) {
                below.merge(prefix, count, Long::sum);
            }
        }
        return nodes.findAllByOrderByPath().stream().map(ProductCategory::path)
                .sorted(CategoryTree::byLevels)
                .map(path -> node(path, below.getOrDefault(path, 0L))).toList();
    }

    @Override
    @Transactional
    public CategoryNode create(String parentPath, String name) {
        access.requireAdministrator();
        String clean = checkedName(name);
        String parent = parentPath == null || parentPath.isBlank() ? null : parentPath.strip();
        if (parent != null && nodes.findByPath(parent).isEmpty()) {
            throw new IllegalArgumentException("No category '" + parent + "'");
        }
        String path = parent == null ? clean : parent + SEPARATOR + clean;
        if (nodes.findByPath(path).isPresent()) {
            throw new IllegalArgumentException("'" + path + "' exists already");
        }
        nodes.save(new ProductCategory(path));
        return node(path, 0);
    }

    @Override
    @Transactional
    public CategoryNode rename(String path, String newName) {
        access.requireAdministrator();
        ProductCategory category = nodes.findByPath(path).orElseThrow(() -> new IllegalArgumentException("No category '" + path + "'"));
        String clean = checkedName(newName);
        String to = node(category.path(), 0).parent().map(p -> p + SEPARATOR + clean).orElse(clean);
        if (to.equals(path)) {
            return node(path, 0);
        }
        if (nodes.findByPath(to).isPresent()) {
            throw new IllegalArgumentException("'" + to + "' exists already");
        }
        nodes.move(path, to);
        int moved = nodes.moveProducts(path, to);
        var tenant = TenantContext.require();
        events.publishEvent(new CategoryRenamed(tenant, path, to, Instant.now()));
        if (moved > 0) {
            events.publishEvent(new CatalogChanged(tenant, moved, Instant.now()));
        }
        return node(to, moved);
    }

    @Override
    @Transactional
    public void remove(String path) {
        access.requireAdministrator();
        ProductCategory category = nodes.findByPath(path).orElseThrow(() -> new IllegalArgumentException("No category '" + path + "'"));
        var tree = tree();
        long products = tree.stream().filter(n -> n.path().equals(path)).mapToLong(CategoryNode::products).sum();
        boolean hasChildren = tree.stream().anyMatch(n -> n.parent().filter(path::equals).isPresent());
        if (products > 0 || hasChildren) {
            throw new IllegalArgumentException("'" + path + "' is not empty: move its products and sub-categories first");
        }
        nodes.delete(category);
    }

    /** Creates the nodes (with their ancestors) that products name but the tree lacks. */
    @Transactional
    void ensure(Collection<String> paths) {
        Set<String> known = new HashSet<>(nodes.findAllByOrderByPath().stream().map(ProductCategory::path).toList());
        paths.stream().filter(p -> p != null && !p.isBlank()).flatMap(p -> prefixes(p).stream()).distinct()
                .filter(known::add).sorted().forEach(p -> nodes.save(new ProductCategory(p)));
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 60 || clean.contains(">") || clean.contains("%") || clean.contains("_")) {
            throw new IllegalArgumentException("A category name has 1 to 60 characters, without >, % or _");
        }
        return clean;
    }

    /** "A > B > C" gives "A", "A > B", "A > B > C". */
    static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        int at = -1;
        while ((at = path.indexOf(SEPARATOR, at + 1)) >= 0) {
            prefixes.add(path.substring(0, at));
        }
        prefixes.add(path);
        return prefixes;
    }

    private static int byLevels(String a, String b) {
        return String.join("\u0000", a.split(SEPARATOR)).compareTo(String.join("\u0000", b.split(SEPARATOR)));
    }

    private static CategoryNode node(String path, long products) {
        int at = path.lastIndexOf(SEPARATOR);
        return new CategoryNode(path, at < 0 ? path : path.substring(at + SEPARATOR.length()),
                prefixes(path).size() - 1, products);
    }
}
