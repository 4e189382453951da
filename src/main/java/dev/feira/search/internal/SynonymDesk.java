package dev.feira.search.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.CatalogAccess;
import dev.feira.search.SearchSynonyms;
import dev.feira.search.SynonymGroupId;
import dev.feira.shared.TenantContext;

/** The supplier's synonym groups: its staff read them, its admins and systems change them. */
@Service
@Transactional
class SynonymDesk implements SearchSynonyms {

    private final SynonymGroupEntries groups;
    private final SynonymBook book;
    private final CatalogAccess access;

    SynonymDesk(SynonymGroupEntries groups, SynonymBook book, CatalogAccess access) {
        this.groups = groups;
        this.book = book;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SynonymGroup> all() {
        access.requireManager();
        return groups.findAllByOrderByCreatedAt().stream().map(SynonymGroupEntry::toGroup).toList();
    }

    @Override
    public SynonymGroup add(String terms) {
        access.requireAdministrator();
        var parsed = SynonymLists.group(terms);
        if (groups.count() >= MAX_GROUPS) {
            throw new SynonymRefusal("too-many-groups", "At most " + MAX_GROUPS + " synonym groups", MAX_GROUPS);
        }
        var saved = groups.save(new SynonymGroupEntry(parsed)).toGroup();
        book.changed(TenantContext.require());
        return saved;
    }

    @Override
    public List<SynonymGroup> replaceAll(String lines) {
        access.requireAdministrator();
        var parsed = SynonymLists.parse(lines);
        if (parsed.size() > MAX_GROUPS) {
            throw new SynonymRefusal("too-many-groups", "At most " + MAX_GROUPS + " synonym groups", MAX_GROUPS);
        }
        groups.deleteAll(groups.findAllByOrderByCreatedAt());
        var saved = parsed.stream().map(terms -> groups.save(new SynonymGroupEntry(terms)).toGroup()).toList();
        book.changed(TenantContext.require());
        return saved;
    }

    @Override
    public void remove(SynonymGroupId group) {
        access.requireAdministrator();
        groups.delete(groups.findById(group.value()).orElseThrow(() -> new SynonymRefusal("unknown", "No such synonym group")));
        book.changed(TenantContext.require());
    }
}
