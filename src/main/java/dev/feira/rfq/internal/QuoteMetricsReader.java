package dev.feira.rfq.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.rfq.QuoteMetrics;
import dev.feira.shared.TenantContext;

/**
 * The supplier's RFQ figures in one pass over its invitations: the total, per rep and per category (grouping sets). A
 * decline is an answer without a quote (its status later becomes "not awarded", like every loser's); the win rate
 * counts only what the supplier quoted.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
class QuoteMetricsReader {

    private final JdbcClient sql;

    QuoteMetricsReader(JdbcClient sql) {
        this.sql = sql;
    }

    private record Row(int grouping, UUID rep, String category, QuoteMetrics.Figures figures) {
    }

    /** @param repName a rep's name by id */
    QuoteMetrics read(Instant from, Instant to, Function<UUID, Optional<String>> repName) {
        var rows = sql.sql("""
                        select grouping(assigned_rep_id, customer_category) as grouping, assigned_rep_id, customer_category,
                               count(*) as invited,
                               count(*) filter (where revisions > 0) as quoted,
                               count(*) filter (where revisions = 0 and first_answered_at is not null) as declined,
                               count(*) filter (where first_answered_at is null) as unanswered,
                               count(*) filter (where revisions > 0 and status in ('AWARDED', 'PARTIALLY_AWARDED', 'NOT_AWARDED')) as decided,
                               count(*) filter (where status in ('AWARDED', 'PARTIALLY_AWARDED')) as won,
                               percentile_cont(0.5) within group (order by extract(epoch from first_answered_at - invited_at)) as median_seconds,
                               coalesce(sum(awarded_value), 0) as value_won
                        from quote_invitation
                        where tenant_id = :tenant and invited_at >= :from and invited_at < :to
                        group by grouping sets ((), (assigned_rep_id), (customer_category))""")
                .param("tenant", TenantContext.require().value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Row(rs.getInt("grouping"), rs.getObject("assigned_rep_id", UUID.class), rs.getString("customer_category"),
                        figures(rs)))
                .list();
        // grouping(): 3 the total, 1 per rep (category rolled up), 2 per category (rep rolled up).
        var total = rows.stream().filter(r -> r.grouping() == 3).map(Row::figures).findFirst()
                .orElse(new QuoteMetrics.Figures(Optional.empty(), 0, 0, 0, 0, 0, 0, Optional.empty(), java.math.BigDecimal.ZERO));
        List<QuoteMetrics.Figures> byRep = new ArrayList<>();
        List<QuoteMetrics.Figures> byCategory = new ArrayList<>();
        for (Row row : rows) {
            if (row.grouping() == 1) {
                byRep.add(labelled(row.figures(), Optional.ofNullable(row.rep()).flatMap(repName)));
            } else if (row.grouping() == 2) {
                byCategory.add(labelled(row.figures(), Optional.ofNullable(row.category())));
            }
        }
        Comparator<QuoteMetrics.Figures> mostInvitedFirst = Comparator.comparingInt(QuoteMetrics.Figures::invited).reversed();
        byRep.sort(mostInvitedFirst);
        byCategory.sort(mostInvitedFirst);
        return new QuoteMetrics(from, to, total, byRep, byCategory);
    }

    private static QuoteMetrics.Figures figures(ResultSet rs) throws SQLException {
        double median = rs.getDouble("median_seconds");
        Optional<Duration> medianResponse = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(median)));
        return new QuoteMetrics.Figures(Optional.empty(), rs.getInt("invited"), rs.getInt("quoted"), rs.getInt("declined"), rs.getInt("unanswered"),
                rs.getInt("decided"), rs.getInt("won"), medianResponse, rs.getBigDecimal("value_won"));
    }

    private static QuoteMetrics.Figures labelled(QuoteMetrics.Figures figures, Optional<String> label) {
        return new QuoteMetrics.Figures(label, figures.invited(), figures.quoted(), figures.declined(), figures.unanswered(), figures.decided(),
                figures.won(), figures.medianResponse(), figures.valueWon());
    }
}
