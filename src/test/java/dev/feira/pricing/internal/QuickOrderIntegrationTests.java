package dev.feira.pricing.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.pricing.QuickOrder;
import dev.feira.pricing.QuickOrder.Line;
import dev.feira.pricing.QuickOrder.Problem;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** Pasted order lines at Ferragens Paulista, for Metalúrgica Vale (account FP-10007), on the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuickOrderIntegrationTests {

    @Autowired
    QuickOrder quickOrder;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BuyerAccountDirectory accounts;

    QuickOrder.Result price(String pasted) {
        return priceFor("FP-10007", pasted);
    }

    QuickOrder.Result priceFor(String account, String pasted) {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        return TenantContext.callAs(ferragens, () -> quickOrder.price(pasted, accounts.byAccountNumber(account)));
    }

    @Test
    void aBuyersOwnOrderRuleSetsItsLotsForAProductGroup() {
        // Construtora Horizonte (FP-10021) buys screws at least 10 boxes, in fives (rule OBRA-PARAFUSOS); Vale keeps the product's lot.
        var horizonte = priceFor("FP-10021", "FP-00001 7\nFP-00002 12\nFP-00003 15\nFP-00092 2");
        var vale = priceFor("FP-10007", "FP-00001 7");

        assertThat(horizonte.lines()).extracting(l -> l.problem().orElse(null))
                .containsExactly(Problem.BELOW_MINIMUM_LOT, Problem.NOT_A_MULTIPLE, null, null);
        assertThat(horizonte.lines().getFirst().lot().orElseThrow().ruleCode()).isEqualTo("OBRA-PARAFUSOS");
        assertThat(horizonte.lines().get(3).lot().orElseThrow().ruleCode()).as("nuts are not screws").isNull();
        assertThat(vale.lines().getFirst().orderable()).isTrue();
    }

    @Test
    void aLineMayCountInAnyUnitTheProductIsSoldIn() {
        // FP-00001 is sold by the box (CX), in bundles of 10 boxes (FD) and pallets of 400 (PLT).
        var result = price("FP-00001 2 FD\nFP-00092 1 plt\nFP-00006 3 KG\nFP-00007 3000 PLT");

        assertThat(result.lines()).extracting(Line::quantity).containsExactly(20, 400, null, null);
        assertThat(result.lines()).extracting(l -> l.problem().orElse(null))
                .containsExactly(null, null, Problem.UNKNOWN_UNIT, Problem.BAD_QUANTITY);
        assertThat(result.lines().getFirst().price().orElseThrow().total().amount())
                .isEqualByComparingTo(priceFor("FP-10007", "FP-00001 20").lines().getFirst().price().orElseThrow().total().amount());
    }

    @Test
    void everyLineIsCheckedAndTheGoodOnesPricedAtTheBuyersConditions() {
        var result = price("""
                FP-00092 4
                fp-00200;20

                FP-00200\t15
                FP-00006, 2
                NAO-EXISTE 1
                FP-00001 muitos
                FP-00092 2
                FP-00001
                FP-00001 1.000
                """);

        assertThat(result.lines()).extracting(Line::number)
                .containsExactly(1, 2, 4, 5, 6, 7, 8, 9, 10);
        assertThat(result.lines()).extracting(l -> l.problem().orElse(null)).containsExactly(
                null, null, Problem.DUPLICATE, Problem.BELOW_MINIMUM_LOT, Problem.UNKNOWN_SKU, Problem.BAD_QUANTITY,
                Problem.DUPLICATE, Problem.UNREADABLE, null);
        // 4 × 43.44 (ACORDO-VALE) + 20 × 10.49 (tape, list price) + 1000 × the hex screw at the general list's top tier
        var nut = result.lines().get(0).price().orElseThrow();
        assertThat(nut.unitPrice().amount()).isEqualByComparingTo("43.44");
        assertThat(result.lines().get(8).quantity()).isEqualTo(1000);
        assertThat(result.total().amount()).isEqualByComparingTo(
                nut.total().amount().add(result.lines().get(1).price().orElseThrow().total().amount())
                        .add(result.lines().get(8).price().orElseThrow().total().amount()));
        assertThat(result.problems()).isEqualTo(6);
    }

    @Test
    void aQuantityThatIsNotAMultipleOfTheOrderMultipleIsNamed() {
        var result = price("FP-00200 15");

        assertThat(result.lines().getFirst().problem()).contains(Problem.NOT_A_MULTIPLE);
        assertThat(result.total().amount()).isZero();
    }

    @Test
    void nothingPastedIsNothingToPrice() {
        assertThat(price("  \n\n").lines()).isEmpty();
        assertThat(price(null).lines()).isEmpty();
    }
}
