package dev.feira.rfq.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import dev.feira.testing.IntegrationApiClient;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An RFQ through the integration API alone, as a buyer's procurement system and a supplier's ERP would run it: create
 * and publish, quote, compare with landed costs after the deadline, award; the award becomes an order at the supplier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RfqApiIntegrationTests {

    @LocalServerPort
    int port;

    IntegrationApiClient api;
    String horizonte;
    String ferragens;

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        horizonte = api.token("horizonte-compras", "horizonte-compras-secret-123");
        ferragens = api.token("ferragens-erp", "ferragens-erp-secret-123");
    }

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void aProcurementSystemAsksTheErpQuotesAndTheAwardBecomesAnOrder() throws java.io.IOException {
        String deadline = MovableClock.get().instant().plus(Duration.ofMinutes(10)).toString();
        var created = api.post("localhost", "/api/v1/rfqs", horizonte, "application/json", ("""
                {"title": "Obra Jardins", "deadline": "%s", "sealed": true,
                 "lines": [{"description": "Porca sextavada M8", "quantity": 100, "unit": "UN", "sku": "FP-00092", "supplier": "ferragens"},
                           {"description": "Cimento CP II 50 kg", "quantity": 20, "unit": "SC"}],
                 "suppliers": ["ferragens"]}""".formatted(deadline)).getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = api.body(created).path("id").asString();
        var refused = api.post("localhost", "/api/v1/rfqs", horizonte, "application/json",
                "{\"title\": \"Ontem\", \"deadline\": \"2020-01-01T00:00:00Z\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(api.body(refused).path("code").asString()).isEqualTo("rfq.refused.deadline-past");
        var inPortuguese = api.call("POST", "localhost", "/api/v1/rfqs", horizonte, "application/json",
                "{\"title\": \"Ontem\", \"deadline\": \"2020-01-01T00:00:00Z\"}".getBytes(StandardCharsets.UTF_8), "Accept-Language", "pt-BR");
        assertThat(api.body(inPortuguese).path("detail").asString()).isEqualTo("O prazo para propostas precisa estar no futuro.");
        var inEnglish = api.call("POST", "localhost", "/api/v1/rfqs", horizonte, "application/json",
                "{\"title\": \"Ontem\", \"deadline\": \"2020-01-01T00:00:00Z\"}".getBytes(StandardCharsets.UTF_8), "Accept-Language", "en");
        assertThat(api.body(inEnglish).path("detail").asString()).contains("must be in the future");
        assertThat(api.post("localhost", "/api/v1/rfqs/" + id + "/publish", horizonte, "application/json", new byte[0]).statusCode()).isEqualTo(200);

        // Ferragens' ERP finds the invitation with Horizonte's own price for its product, and quotes.
        JsonNode invitation = await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode row : api.body(api.get("ferragens.localhost", "/api/v1/quotes", ferragens))) {
                if (row.path("title").asString().equals("Obra Jardins")) {
                    return api.body(api.get("ferragens.localhost", "/api/v1/quotes/" + row.path("id").asString(), ferragens));
                }
            }
            return null;
        }, java.util.Objects::nonNull);
        JsonNode lines = invitation.path("lines");
        assertThat(lines.get(0).path("sku").asString()).isEqualTo("FP-00092");
        assertThat(lines.get(0).path("suggested").path("unitPrice").path("amount").decimalValue()).isPositive();
        var quoted = api.post("ferragens.localhost", "/api/v1/quotes/" + invitation.path("id").asString() + "/revisions", ferragens,
                "application/json", ("""
                {"currency": "BRL", "validUntil": "%s", "paymentTerms": "28/56 dias, boleto", "freight": "FOB", "freightValue": 50,
                 "lines": [{"lineId": "%s", "unitPrice": 0.90, "leadTimeDays": 2},
                           {"lineId": "%s", "unitPrice": 32.50, "quantity": 20, "leadTimeDays": 5}]}""".formatted(
                        LocalDate.now().plusDays(30), lines.get(0).path("lineId").asString(), lines.get(1).path("lineId").asString()))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(201);

        // Sealed until the deadline: the comparison is empty, then it shows the landed costs.
        assertThat(api.body(api.get("localhost", "/api/v1/rfqs/" + id + "/comparison", horizonte)).path("totals")).isEmpty();
        var sealedPdf = api.get("localhost", "/api/v1/rfqs/" + id + "/quote.pdf?supplier=ferragens", horizonte);
        assertThat(sealedPdf.statusCode()).as("a sealed quote is not printed before the deadline either").isEqualTo(422);
        String invitationId = invitation.path("id").asString();
        var supplierPdf = api.getBytes("ferragens.localhost", "/api/v1/quotes/" + invitationId + "/quote.pdf", ferragens);
        assertThat(supplierPdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(supplierPdf.body())).contains("Ferragens Paulista", "RFQ-", "Cimento CP II 50 kg").containsAnyOf("32,50", "32.50");
        MovableClock.get().advance(Duration.ofMinutes(11));

        var workbook = api.getBytes("localhost", "/api/v1/rfqs/" + id + "/comparison.xlsx", horizonte);
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (var sheets = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            var rows = sheets.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(5)).startsWith("Ferragens Paulista");
            assertThat(rows.get(1).getCellAsNumber(5)).hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("0.90"));
            assertThat(rows.get(2).getCellAsNumber(2)).hasValueSatisfying(quantity -> assertThat(quantity).isEqualByComparingTo("20"));
        }
        var buyersPdf = api.getBytes("localhost", "/api/v1/rfqs/" + id + "/quote.pdf?supplier=ferragens", horizonte);
        assertThat(buyersPdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(buyersPdf.body())).contains("Ferragens Paulista", "Porca sextavada M8").containsAnyOf("0,90", "0.90");
        JsonNode comparison = api.body(api.get("localhost", "/api/v1/rfqs/" + id + "/comparison", horizonte));
        JsonNode nut = comparison.path("lines").get(0).path("offers").get(0);
        assertThat(nut.path("best").asBoolean()).isTrue();
        assertThat(nut.path("termsDiscount").decimalValue()).isPositive();
        assertThat(nut.path("freightShare").decimalValue()).isPositive(); // FOB: the buyer pays the 50
        assertThat(comparison.path("totals").get(0).path("quoted").decimalValue()).isEqualByComparingTo("790.00"); // 90 + 650 + 50

        var awarded = api.post("localhost", "/api/v1/rfqs/" + id + "/award", horizonte, "application/json", ("""
                {"lines": [{"lineId": "%s", "supplier": "ferragens", "quantity": 100},
                           {"lineId": "%s", "supplier": "ferragens", "quantity": 20}]}""".formatted(
                        lines.get(0).path("lineId").asString(), lines.get(1).path("lineId").asString())).getBytes(StandardCharsets.UTF_8));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        String order = api.body(awarded).path("awarded").get(0).path("orderId").asString();
        JsonNode placed = api.body(api.get("ferragens.localhost", "/api/v1/orders/" + order, ferragens));
        assertThat(placed.path("reference").asString()).startsWith("RFQ-");
        assertThat(placed.path("paymentTerms").asString()).isEqualTo("28/56 dias, boleto");
        assertThat(placed.path("lines").get(1).path("sku").asString()).as("an item in no catalog keeps a reference").endsWith("-2");
        var again = api.post("localhost", "/api/v1/rfqs/" + id + "/award", horizonte, "application/json", "{\"lines\": []}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(Instant.parse(api.body(awarded).path("publishedAt").asString())).isBefore(MovableClock.get().instant());
    }

    private static String pdfText(byte[] pdf) {
        try {
            return new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
