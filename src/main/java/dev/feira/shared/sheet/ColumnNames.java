package dev.feira.shared.sheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Portuguese names Brazilian sheets give their columns, understood as the columns an import expects: "Código" as
 * {@code sku}, "Preço" as {@code list_price} in a catalog and {@code unit_price} in a price list. Compared without
 * accents, case or punctuation ("Lote mínimo", "lote_minimo", "LOTE MÍNIMO").
 */
final class ColumnNames {

    /** Expected column → what else a sheet may call it (written as {@link #normal} gives it). */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("sku", List.of("codigo", "cod", "codigo_do_produto", "cod_produto", "referencia", "ref")),
            Map.entry("gtin", List.of("ean", "codigo_de_barras", "ean13", "gtin_ean")),
            Map.entry("mpn", List.of("codigo_do_fabricante", "referencia_do_fabricante", "part_number", "pn")),
            Map.entry("name", List.of("nome", "produto", "nome_do_produto", "descricao_curta")),
            Map.entry("description", List.of("descricao", "descricao_longa", "detalhes")),
            Map.entry("brand", List.of("marca", "fabricante")),
            Map.entry("category", List.of("categoria", "grupo", "familia")),
            Map.entry("unit", List.of("unidade", "un", "und", "unidade_de_venda")),
            Map.entry("pack_size", List.of("embalagem", "qtd_embalagem", "quantidade_por_embalagem")),
            Map.entry("min_order_qty", List.of("lote_minimo", "pedido_minimo", "qtd_minima", "quantidade_minima")),
            Map.entry("order_multiple", List.of("multiplo", "multiplo_de_venda")),
            Map.entry("list_price", List.of("preco", "preco_de_lista", "preco_tabela", "valor", "preco_unitario")),
            Map.entry("unit_price", List.of("preco", "preco_unitario", "valor", "valor_unitario")),
            Map.entry("min_quantity", List.of("quantidade_minima", "qtd_minima", "a_partir_de")),
            Map.entry("stock", List.of("estoque", "saldo", "quantidade_em_estoque", "qtd_estoque")),
            Map.entry("warehouse", List.of("deposito", "armazem", "centro_de_distribuicao", "cd")),
            Map.entry("units", List.of("unidades", "outras_unidades")),
            Map.entry("attributes", List.of("atributos", "especificacoes", "caracteristicas")),
            Map.entry("ncm", List.of("codigo_ncm", "classificacao_fiscal")),
            Map.entry("ipi", List.of("aliquota_ipi", "ipi_percent", "aliquota_de_ipi")),
            Map.entry("price_list", List.of("lista", "lista_de_precos", "tabela", "tabela_de_precos")));

    private ColumnNames() {
    }

    /** "Lote mínimo" as "lote_minimo". */
    static String normal(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** The expected column a header stands for, among {@code expected}; the header itself when none. */
    static String understood(String header, List<String> expected) {
        if (expected.contains(header)) {
            return header;
        }
        String normal = normal(header);
        for (String column : expected) {
            if (normal(column).equals(normal) || ALIASES.getOrDefault(column, List.of()).contains(normal)) {
                return column;
            }
        }
        return header;
    }
}
