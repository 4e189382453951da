package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.feira.pricing.TradeTerms;
import dev.feira.shared.TenantId;

/**
 * The comparison of an RFQ of 200 lines quoted by 20 suppliers (every line by every supplier, mixed payment terms and
 * freight): landed cost per cell, the best per line, the totals. Run with {@code bench/run RfqComparisonBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RfqComparisonBenchmark {

    static final int LINES = 200;
    static final int SUPPLIERS = 20;
    static final String[] TERMS = {"28/56 dias, boleto", "antecipado", "30/60/90 dias", "28 dias", "à vista"};

    BuyerRfq rfq;

    @Setup
    public void quotes() {
        var random = new Random(42);
        List<BuyerRfq.Line> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(new BuyerRfq.Line(UUID.randomUUID(), i + 1, "Item " + i, 10 + random.nextInt(1000), "UN", null, null, null, null, null));
        }
        List<BuyerRfq.Answer> answers = new ArrayList<>();
        for (int s = 0; s < SUPPLIERS; s++) {
            List<QuoteRevision.Line> quoted = new ArrayList<>();
            for (var line : lines) {
                quoted.add(new QuoteRevision.Line(line.lineId(), Optional.of(BigDecimal.valueOf(100 + random.nextInt(10_000), 2)),
                        Optional.empty(), null, Optional.of(random.nextInt(30)), Optional.empty(), null, null, null));
            }
            var quote = new QuoteRevision(1, 1, Instant.now(), "Rep", "BRL", LocalDate.now().plusDays(30), TERMS[s % TERMS.length],
                    s % 2 == 0 ? TradeTerms.Freight.CIF : TradeTerms.Freight.FOB, BigDecimal.valueOf(500 + s), null, quoted);
            answers.add(new BuyerRfq.Answer(TenantId.random(), "Supplier " + s, QuoteStatus.SUBMITTED, 1, Optional.of(Instant.now()),
                    Optional.empty(), Optional.of(quote)));
        }
        rfq = new BuyerRfq(new RfqId(UUID.randomUUID()), "RFQ-000001", "Benchmark", RfqStatus.CLOSED, 1, null, null, Instant.now(), "BRL",
                true, RfqDraft.AwardMode.PER_LINE, null, "Buyer", Instant.now(), Optional.of(Instant.now()), lines, answers, List.of());
    }

    @Benchmark
    public RfqComparison compare200LinesBy20Suppliers() {
        return RfqComparison.of(rfq, new BigDecimal("0.15"));
    }
}
