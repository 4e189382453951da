package dev.feira.recovery.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCartHistoryTests {

    @TempDir
    Path directory;

    @Test
    void readsTheDemoSuppliersHistory() throws IOException {
        var rounds = DemoCartHistory.read(Path.of("tenants/ferragens", DemoCartHistory.FILE_NAME));
        assertThat(rounds).hasSizeGreaterThan(10).allSatisfy(round -> assertThat(round.account()).startsWith("FP-"));
        assertThat(rounds.getFirst().outcome()).isEqualTo("ORDERED");
        assertThat(rounds.getFirst().value()).isEqualByComparingTo("12480.00");
    }

    @Test
    void refusesABrokenFileNamingTheLine() throws IOException {
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                account,started_days_ago,days_open,longest_idle_hours,longest_unchanged_days,outcome,value
                FP-10021,10,2,30,1,ORDERED,100.00
                FP-10021,10,2,30,1,SHIPPED,100.00
                """))).hasMessage("line 3: a round ends before today, its gaps fit in it, its outcome is [ORDERED, EMPTIED] and its value is 0 or more");
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                account,started_days_ago,days_open,longest_idle_hours,longest_unchanged_days,outcome,value
                FP-10021,ten,2,30,1,ORDERED,100.00
                """))).hasMessageStartingWith("line 2: ");
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                FP-10021,10,2,30,1,ORDERED,100.00
                """))).hasMessageStartingWith("line 1: the header must be account,");
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                account,started_days_ago,days_open,longest_idle_hours,longest_unchanged_days,outcome,value
                FP-10021,3,5,30,1,ORDERED,100.00
                """))).as("a round still open today").hasMessageStartingWith("line 2: a round ends before today");
    }

    private Path file(String content) throws IOException {
        return Files.writeString(directory.resolve("cart-history.csv"), content);
    }
}
