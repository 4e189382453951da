package dev.feira.search.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.search.SearchMisses;
import dev.feira.search.SearchSynonyms;
import dev.feira.search.SearchSynonyms.SynonymGroup;
import dev.feira.search.SearchSynonyms.SynonymRefusal;
import dev.feira.search.SynonymGroupId;
import dev.feira.shared.web.ApiProblem;

/**
 * The words a supplier's buyers search with: its synonym groups, kept in step by its ERP or edited as a list, and
 * the searches that found nothing, to answer with a synonym or a product.
 */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class SearchWordsApi {

    static final int MAX_MISSES = 500;
    static final int MAX_DAYS = 365;

    private final SearchSynonyms synonyms;
    private final SearchMisses misses;

    SearchWordsApi(SearchSynonyms synonyms, SearchMisses misses) {
        this.synonyms = synonyms;
        this.misses = misses;
    }

    /** The terms of one group, each a word or a phrase ("nobreak", "fonte ininterrupta"). */
    record NewSynonymGroup(List<String> terms) {
    }

    @GetMapping("/synonyms")
    @Operation(summary = "The supplier's synonym groups, oldest first")
    List<SynonymGroup> synonyms() {
        return synonyms.all();
    }

    @PostMapping("/synonyms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a synonym group (2 to 20 different terms); searches use it at once, without reindexing")
    SynonymGroup add(@RequestBody NewSynonymGroup group) {
        if (group == null || group.terms() == null) {
            throw new SynonymRefusal("too-few-terms", "Send terms: at least two different words or phrases");
        }
        // Commas separate terms in the stored form, so a term cannot carry one.
        return synonyms.add(String.join(", ", group.terms().stream().map(term -> term == null ? "" : term.replace(',', ' ')).toList()));
    }

    @PutMapping(path = "/synonyms", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Replace every synonym group with a list: one group per line, terms separated by commas; "
            + "blank lines and lines starting with # are skipped. All or nothing: a bad line is refused with its number")
    List<SynonymGroup> replaceAll(@RequestBody(required = false) String lines) {
        return synonyms.replaceAll(lines == null ? "" : lines);
    }

    @DeleteMapping("/synonyms/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a synonym group")
    void remove(@PathVariable UUID id) {
        synonyms.remove(new SynonymGroupId(id));
    }

    @GetMapping("/misses")
    @Operation(summary = "What buyers searched in this catalog and did not find, most searched first")
    List<SearchMisses.SearchMiss> misses(
            @Parameter(description = "How far back, in days (1 to 365)") @RequestParam(defaultValue = "30") int days,
            @Parameter(description = "At most this many queries (1 to 500)") @RequestParam(defaultValue = "100") int limit) {
        var since = Instant.now().minus(Duration.ofDays(Math.clamp(days, 1, MAX_DAYS)));
        return misses.since(since, Math.clamp(limit, 1, MAX_MISSES));
    }

    @ExceptionHandler(SynonymRefusal.class)
    ErrorResponseException refused(SynonymRefusal refused, Locale locale) {
        var status = refused.key().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ApiProblem.translated(status, refused, locale);
    }
}
