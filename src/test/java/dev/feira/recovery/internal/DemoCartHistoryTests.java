package dev.feira.recovery.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.feira.shared.sheet.InvalidSheet;

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
        assertThat(rounds.getFirst().alert()).isEmpty();
        assertThat(rounds.get(1).alert()).hasValueSatisfying(alert -> {
            assertThat(alert.rule()).isEqualTo("Carrinho parado 3 dias — ligar");
            assertThat(alert.afterHours()).isEqualTo(80);
            assertThat(alert.contact()).contains("CALL");
            assertThat(alert.contactAfterHours()).isEqualTo(3);
            assertThat(alert.note()).isEqualTo("Aguardando aprovação da obra; fecha na sexta");
        });
        assertThat(rounds).filteredOn(round -> round.alert().isPresent()).hasSizeGreaterThan(5);
    }

    @Test
    void refusesAlertsThatDoNotFitTheirRound() throws IOException {
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                account,started_days_ago,days_open,longest_idle_hours,longest_unchanged_days,outcome,value,lines,alert_rule,alert_after_hours,contact,contact_after_hours,note
                FP-10021,10,3,60,1,ORDERED,100.00,2,Regra,50,CALL,4,Ok
                FP-10021,10,2,30,1,ORDERED,100.00,2,Regra,40,CALL,10,
                FP-10021,10,2,30,1,ORDERED,100.00,2,Regra,,,,
                FP-10021,10,2,30,1,ORDERED,100.00,2,Regra,5,FAX,1,
                FP-10021,10,2,30,1,ORDERED,100.00,,,5,,,
                FP-10021,10,2,30,1,ORDERED,100.00,2,Regra,5,,3,
                """))).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("line 3, column contact_after_hours: the alert and its contact must fall in the days the round was open")
                .hasMessageContaining("line 4, column alert_after_hours: is required with an alert")
                .hasMessageContaining("line 5, column contact: 'FAX' is not one of [CALL, EMAIL, WHATSAPP, VISIT]")
                .hasMessageContaining("line 6, column alert_after_hours: is for an alert: alert_rule names none")
                .hasMessageContaining("line 7, column contact_after_hours: is for a contact: contact names none")
                .hasMessageNotContaining("line 2");
    }

    @Test
    void refusesABrokenFileNamingEveryBadLine() throws IOException {
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                account,started_days_ago,days_open,longest_idle_hours,longest_unchanged_days,outcome,value
                FP-10021,10,2,30,1,ORDERED,100.00
                FP-10021,10,2,30,1,SHIPPED,100.00
                FP-10021,ten,2,30,1,ORDERED,100.00
                FP-10021,3,5,30,1,ORDERED,100.00
                """))).isInstanceOf(InvalidSheet.class)
                .hasMessageContaining("line 3, column outcome: 'SHIPPED' is not one of [ORDERED, EMPTIED]")
                .hasMessageContaining("line 4, column started_days_ago: 'ten' is not a whole number above zero")
                .hasMessageContaining("line 5, column days_open: the round must have ended before today")
                .hasMessageNotContaining("line 2");
        assertThatThrownBy(() -> DemoCartHistory.read(file("""
                account,started_days_ago,days_open
                FP-10021,10,2
                """))).isInstanceOf(InvalidSheet.class).hasMessageContaining("missing column(s)");
    }

    private Path file(String content) throws IOException {
        return Files.writeString(directory.resolve("cart-history.csv"), content);
    }
}
