#!/usr/bin/env python3
"""Generates the demo catalogs (tenants/<slug>/catalog.csv) deterministically.

Products are combinations of real product families, sizes and brands found in Brazilian B2B
distribution, with valid EAN-13 check digits (prefix 789, Brazil). A few items are sold by more
than one supplier under the same GTIN, so the marketplace can compare offers side by side.
Run from the repository root: python3 tenants/tools/generate-catalogs.py
"""
import csv
import random
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

COLUMNS = ["sku", "gtin", "mpn", "name", "description", "brand", "category", "unit", "pack_size",
           "min_order_qty", "order_multiple", "list_price", "stock", "units", "attributes", "ncm", "ipi"]

# Tax classification by category (illustrative NCMs and IPI rates for the demo, not tax advice): the first
# prefix that matches the category wins.
TAXES = [("IT > Printer Supplies", "84439933", "9.75"), ("IT", "84716052", "9.75"), ("Office > Paper", "48025610", "0"),
         ("Office > Breakroom", "21011110", "0"), ("Office", "96081000", "6.5"), ("Fixadores > Parafusos", "73181500", "5"), ("Fixadores > Porcas", "73181600", "5"),
         ("Fixadores > Arruelas", "73182200", "5"), ("Fixadores", "73189000", "5"),
         ("Elétrica e EPI", "85469000", "6.5"), ("Ingredientes > Farinhas", "11010010", "0"),
         ("Ingredientes", "21069090", "0"), ("Escritório e TI > Papel", "48025610", "0"),
         ("Escritório e TI > Informática", "84716052", "9.75"), ("Escritório e TI", "96081000", "6.5")]


def taxes(category):
    for prefix, ncm, ipi in TAXES:
        if category.startswith(prefix):
            return ncm, ipi
    return "", ""


def pairs(**values) -> str:
    """The sheet's way of writing units and attributes: "FD=10; PLT=400"."""
    return "; ".join(f"{k.replace('_', ' ')}={v}" for k, v in values.items() if v)


def ean13(seed: int) -> str:
    body = "789" + f"{seed:09d}"[-9:]
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def money(value: float) -> str:
    return str(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))


# Items several suppliers carry (same GTIN and MPN): the marketplace groups them.
SHARED = {
    "fita-isolante": dict(gtin=ean13(900000001), mpn="3M-1710-19", name="Fita Isolante Imperial 19 mm x 20 m Preta",
                          brand="3M", description="Fita isolante de PVC antichama, uso geral até 750 V."),
    "pilha-aa": dict(gtin=ean13(900000002), mpn="DUR-MN1500-B4", name="Pilha Alcalina AA Cartela com 4",
                     brand="Duracell", description="Pilha alcalina 1,5 V para equipamentos de alto consumo."),
    "cafe": dict(gtin=ean13(900000003), mpn="MEL-TRAD-500", name="Café Torrado e Moído Tradicional 500 g",
                 brand="Melitta", description="Café em pó tradicional, embalagem a vácuo."),
    "copo": dict(gtin=ean13(900000004), mpn="COPOBRAS-200-100", name="Copo Descartável 200 ml Branco Pacote com 100",
                 brand="Copobras", description="Copo plástico PP conforme NBR 14865."),
    "luva": dict(gtin=ean13(900000005), mpn="VOLK-NITR-M", name="Luva Nitrílica Descartável Tamanho M Caixa com 100",
                 brand="Volk", description="Luva de procedimento sem pó, ambidestra."),
}


def ferragens(rng):
    rows = []
    brands = ["Ciser", "Belenus", "Metalcorte", "Fixtil", "Vonder"]
    families = [
        ("Parafuso Sextavado", "Parafusos", ["M6", "M8", "M10", "M12", "M16"], ["20", "30", "40", "50", "70"],
         ["Aço Zincado Classe 8.8", "Aço Inox A2", "Aço Galvanizado a Fogo"], 100),
        ("Parafuso Allen Cabeça Cilíndrica", "Parafusos", ["M4", "M5", "M6", "M8"], ["12", "16", "20", "25"],
         ["Aço Carbono Oxidado Classe 12.9"], 100),
        ("Porca Sextavada", "Porcas", ["M6", "M8", "M10", "M12", "M16", "M20"], [None],
         ["Aço Zincado Classe 8", "Aço Inox A2", "Autotravante Nylon Zincada"], 500),
        ("Arruela Lisa", "Arruelas", ["M6", "M8", "M10", "M12", "M16"], [None],
         ["Aço Zincado", "Aço Inox A2"], 1000),
        ("Arruela de Pressão", "Arruelas", ["M6", "M8", "M10", "M12", "M16"], [None], ["Aço Mola Zincado", "Aço Inox A2"], 1000),
        ("Chumbador Parabolt", "Chumbadores", ['3/8"', '1/2"', '5/8"'], ["75", "100", "150"],
         ["Aço Zincado"], 25),
        ("Rebite de Repuxo", "Rebites", ["3,2", "4,0", "4,8"], ["8", "12", "16"], ["Alumínio", "Aço Inox"], 1000),
        ("Barra Roscada", "Barras Roscadas", ["M8", "M10", "M12", '1/2"'], ["1000"], ["Aço Zincado"], 10),
        ("Parafuso Autobrocante Cabeça Flangeada", "Parafusos", ["10-16", "12-14", "14-10"], ["19", "25", "38", "50"],
         ["Aço Zincado com Arruela EPDM"], 200),
        ("Parafuso Francês", "Parafusos", ['1/4"', '5/16"', '3/8"'], ["50", "75", "100"], ["Aço Zincado"], 50),
        ("Bucha de Nylon com Anel", "Buchas", ["S6", "S8", "S10", "S12"], [None], ["Nylon Branco"], 1000),
        ("Anel Elástico para Eixo DIN 471", "Anéis e Pinos", ["10", "12", "15", "20", "25", "30"], [None], ["Aço Mola Fosfatizado"], 100),
        ("Pino Elástico DIN 1481", "Anéis e Pinos", ["3", "4", "5", "6"], ["20", "30"], ["Aço Mola"], 200),
    ]
    n = 0
    for name, category, sizes, lengths, finishes, pack in families:
        family_base = rng.uniform(0.03, 0.12)
        for i, size in enumerate(sizes):
            for j, length in enumerate(lengths):
                for finish in finishes:
                    n += 1
                    brand = brands[n % len(brands)]
                    dim = f"{size} x {length} mm" if length else size
                    # Bigger diameters and longer parts cost more; stainless and hot-dip galvanised more still.
                    material = 2.6 if "Inox" in finish else 1.8 if "Galvanizado" in finish else 1.0
                    unit_price = family_base * (1.55 ** i) * (1 + 0.3 * j) * material * rng.uniform(0.95, 1.05)
                    rows.append(dict(
                        sku=f"FP-{n:05d}", gtin=ean13(100000 + n), mpn=f"{brand[:3].upper()}-{n:05d}",
                        name=f"{name} {dim} {finish}",
                        description=f"{name} {dim}, {finish.lower()}. Embalagem com {pack} peças.",
                        brand=brand, category=f"Fixadores > {category}", unit="CX", pack_size=pack,
                        min_order_qty=rng.choice([1, 2, 5]), order_multiple=1,
                        list_price=money(unit_price * pack), stock=rng.choice([0, 12, 40, 150, 800, 2400]),
                        units=pairs(FD=10, PLT=400), attributes=pairs(Bitola=size, Comprimento=length and f"{length} mm",
                                                                      Material=finish, Peças_por_caixa=pack)))
    for key in ("fita-isolante", "pilha-aa", "luva"):
        n += 1
        rows.append(dict(sku=f"FP-{n:05d}", category="Elétrica e EPI", unit="UN", pack_size=1, min_order_qty=10,
                         order_multiple=10, list_price=money(rng.uniform(6, 40)), stock=rng.choice([300, 1200]),
                         **SHARED[key]))
    return rows


def sabor(rng):
    rows = []
    families = [
        ("Farinha de Trigo", "Farinhas", ["Tipo 1 Especial", "Tipo 2", "Integral", "para Pizza 00", "para Panificação com Fermento"],
         ["Anaconda", "Dona Benta", "Bunge Pró", "Nita"], ["5 kg", "25 kg", "50 kg"]),
        ("Açúcar", "Açúcares", ["Refinado", "Cristal", "de Confeiteiro", "Mascavo Orgânico"], ["União", "Guarani", "Caravelas"],
         ["1 kg", "5 kg", "25 kg"]),
        ("Chocolate", "Chocolates e Coberturas", ["Meio Amargo 50% Cacau", "ao Leite", "Branco", "Cobertura Fracionada Meio Amargo"],
         ["Callebaut", "Harald", "Sicao"], ["1 kg", "2,1 kg", "5 kg"]),
        ("Fermento Biológico", "Fermentos", ["Seco Instantâneo", "Fresco"], ["Fleischmann", "Dona Benta", "Mauri"], ["500 g", "10 kg"]),
        ("Óleo", "Óleos e Gorduras", ["de Soja Refinado", "de Girassol", "de Canola", "Composto Oliva"], ["Liza", "Soya", "Cocamar"],
         ["900 ml", "Galão 18 l"]),
        ("Margarina", "Óleos e Gorduras", ["Culinária 80% Lipídios", "Folhados 70%"], ["Qualy", "Puratos", "Primor"], ["1 kg", "15 kg"]),
        ("Leite em Pó", "Lácteos", ["Integral", "Desnatado Instantâneo"], ["Itambé", "Piracanjuba", "Nestlé"], ["400 g", "25 kg"]),
        ("Amido de Milho", "Amidos e Espessantes", ["Maizena"], ["Maizena", "Kimilho"], ["500 g", "1 kg", "25 kg"]),
        ("Canela em Pó", "Especiarias", ["Pura", "Ceilão"], ["Kitano", "BR Spices", "Chinezinho"], ["100 g", "1 kg"]),
        ("Essência", "Aromas e Essências", ["de Baunilha", "de Coco", "de Panetone", "de Morango"], ["Mix", "Arcolor", "Dr. Oetker"],
         ["30 ml", "960 ml"]),
    ]
    n = 0
    for name, category, variants, brands, sizes in families:
        for variant in variants:
            for brand in brands:
                for size in sizes:
                    n += 1
                    bulk = any(s in size for s in ("25 kg", "50 kg", "18 l", "15 kg", "10 kg"))
                    case = 1 if bulk else rng.choice([6, 10, 12])
                    rows.append(dict(
                        sku=f"SC-{n:05d}", gtin=ean13(200000 + n), mpn=f"{brand[:3].upper()}{n:04d}",
                        name=f"{name} {variant} {brand} {size}",
                        description=f"{name} {variant.lower()}, marca {brand}, embalagem de {size}." +
                                    ("" if bulk else f" Fardo com {case} unidades."),
                        brand=brand, category=f"Ingredientes > {category}", unit="SC" if bulk else "FD",
                        pack_size=case, min_order_qty=rng.choice([1, 2, 4]) if bulk else rng.choice([2, 5]),
                        order_multiple=1 if bulk else 1,
                        list_price=money(rng.uniform(60, 420) if bulk else rng.uniform(4, 35) * case),
                        stock=rng.choice([0, 8, 30, 120, 600]),
                        units=pairs(PLT=40 if bulk else 60), attributes=pairs(Tipo=variant, Embalagem=size)))
    for key in ("cafe", "copo", "luva"):
        n += 1
        rows.append(dict(sku=f"SC-{n:05d}", category="Ingredientes > Bebidas e Descartáveis", unit="UN", pack_size=1,
                         min_order_qty=10, order_multiple=10, list_price=money(rng.uniform(6, 40)),
                         stock=rng.choice([200, 900]), **SHARED[key]))
    return rows


def escritorio(rng):
    rows = []
    items = [
        ("Papel Sulfite A4 75 g/m² Resma 500 Folhas", "Papéis", ["Chamex", "Report", "Chamequinho", "Double A"], "CX", 10, 180, 320),
        ("Papel Sulfite A3 75 g/m² Resma 500 Folhas", "Papéis", ["Chamex", "Report"], "CX", 5, 160, 260),
        ("Caneta Esferográfica 1,0 mm Caixa com 50", "Escrita", ["BIC Cristal", "Faber-Castell", "Pilot"], "CX", 1, 38, 90),
        ("Marca-Texto Amarelo Caixa com 12", "Escrita", ["Stabilo Boss", "Faber-Castell", "BIC"], "CX", 1, 22, 70),
        ("Grampeador de Mesa 26/6 para 25 Folhas", "Escritório", ["Tilibra", "Cis", "Maped"], "UN", 1, 25, 80),
        ("Grampo 26/6 Galvanizado Caixa com 5000", "Escritório", ["Tilibra", "Cis", "Bacchi"], "CX", 10, 4, 12),
        ("Pasta Suspensa Kraft Caixa com 50", "Arquivo", ["Dello", "Polibrás", "Frama"], "CX", 1, 70, 140),
        ("Caixa Arquivo Morto Polionda Azul", "Arquivo", ["Polibrás", "Dello", "Alaplast"], "UN", 25, 4, 10),
        ("Toner Compatível", "Suprimentos de Impressão", ["HP 85A CE285A", "HP 26A CF226A", "Brother TN-1060", "Samsung D111S"], "UN", 1, 45, 180),
        ("Cartucho de Tinta Original", "Suprimentos de Impressão", ["HP 664 Preto", "HP 664 Colorido", "Epson T544 Preto", "Canon PG-145"], "UN", 1, 60, 120),
        ("Mouse Óptico USB 1200 dpi", "Informática > Periféricos", ["Logitech M90", "Multilaser MO300", "Dell MS116"], "UN", 5, 20, 60),
        ("Teclado USB ABNT2", "Informática > Periféricos", ["Logitech K120", "Dell KB216", "Multilaser TC193"], "UN", 5, 40, 110),
        ("Cabo HDMI 2.0 4K", "Informática > Cabos", ["1,5 m", "2 m", "3 m", "5 m"], "UN", 5, 15, 70),
        ("Cabo de Rede Cat6 Patch Cord", "Informática > Cabos", ["1,5 m", "2,5 m", "5 m", "10 m"], "UN", 10, 8, 45),
        ("Pen Drive USB 3.2", "Informática > Armazenamento", ["32 GB Kingston", "64 GB Kingston", "64 GB SanDisk", "128 GB SanDisk"], "UN", 5, 25, 120),
        ("SSD SATA 2,5\"", "Informática > Armazenamento", ["240 GB Kingston A400", "480 GB Kingston A400", "500 GB WD Green", "1 TB Crucial BX500"], "UN", 1, 140, 420),
        ("Monitor LED 24\" Full HD", "Informática > Monitores", ["Dell SE2422H", "LG 24MK430H", "Samsung LF24T350", "AOC 24B1XH"], "UN", 1, 650, 1100),
        ("Headset USB com Microfone", "Informática > Áudio", ["Logitech H390", "JBL Quantum 100", "Multilaser PH317"], "UN", 5, 60, 260),
        ("Filtro de Linha 6 Tomadas", "Informática > Energia", ["Intelbras EPE 1006", "Clamper Energia 8", "Multilaser AC185"], "UN", 5, 30, 90),
        ("Nobreak 1200 VA Bivolt", "Informática > Energia", ["SMS Net 4+", "APC BZ1200BI", "Intelbras XNB 1200"], "UN", 1, 600, 980),
        ("Cadeira de Escritório Giratória", "Mobiliário", ["Presidente Couro Sintético", "Executiva Tela Mesh", "Secretária Corino"], "UN", 1, 380, 1400),
        ("Bloco Adesivo 76 x 76 mm Pacote com 4", "Escritório", ["Post-it", "Maxprint", "BRW"], "PC", 10, 14, 38),
        ("Calculadora de Mesa 12 Dígitos", "Escritório", ["Casio DX-120ST", "Procalc PC282", "Elgin MV4131"], "UN", 1, 25, 90),
        ("Envelope Kraft A4 229 x 324 mm Caixa com 250", "Papéis", ["Foroni", "Scrity", "Tilibra"], "CX", 1, 80, 160),
        ("Etiqueta Adesiva A4 Caixa com 100 Folhas", "Papéis", ["Pimaco 6180", "Pimaco 6181", "Pimaco 6082", "Colacril CC180"], "CX", 1, 45, 95),
        ("Quadro Branco Moldura de Alumínio", "Mobiliário", ["60 x 40 cm", "90 x 60 cm", "120 x 90 cm", "200 x 120 cm"], "UN", 1, 60, 480),
        ("Tesoura Multiuso 21 cm", "Escritório", ["Tramontina", "Maped", "Tilibra"], "UN", 10, 9, 28),
        ("Fragmentadora de Papel 10 Folhas", "Escritório", ["Menno FR-10", "Aurora AS1020CD", "Fellowes 12C"], "UN", 1, 320, 900),
        ("Webcam Full HD 1080p", "Informática > Periféricos", ["Logitech C920", "Logitech C270", "Multilaser WC050"], "UN", 2, 120, 520),
        ("Roteador Wi-Fi Dual Band AC1200", "Informática > Redes", ["TP-Link Archer C6", "Intelbras W5-1200F", "D-Link DIR-842"], "UN", 1, 180, 380),
        ("Switch 8 Portas Gigabit", "Informática > Redes", ["TP-Link TL-SG108", "Intelbras SG 800 Q+", "D-Link DGS-1008A"], "UN", 1, 120, 320),
        ("Apagador para Quadro Branco", "Escritório", ["Radex", "Stalo", "Pilot"], "UN", 10, 6, 18),
        ("Pincel para Quadro Branco Caixa com 12", "Escrita", ["Pilot WBMK", "Radex", "BIC Velleda"], "CX", 1, 35, 110),
        ("Lápis Preto nº 2 Caixa com 72", "Escrita", ["Faber-Castell EcoLápis", "Staedtler Norica", "BIC Evolution"], "CX", 1, 45, 95),
        ("Borracha Branca Caixa com 40", "Escrita", ["Mercur", "Faber-Castell", "Staedtler"], "CX", 1, 18, 45),
        ("Perfurador 2 Furos para 20 Folhas", "Escritório", ["Tilibra", "Cis", "Maped"], "UN", 5, 22, 70),
        ("Clips Galvanizado 2/0 Caixa com 500 g", "Escritório", ["Bacchi", "ACC", "Cis"], "CX", 10, 12, 30),
        ("Livro Ata 100 Folhas", "Papéis", ["Tilibra", "São Domingos", "Foroni"], "UN", 10, 14, 35),
        ("Pasta Catálogo com 50 Envelopes", "Arquivo", ["Dello", "Acp", "Yes"], "UN", 5, 18, 45),
        ("Fita Adesiva Transparente 45 mm x 100 m", "Escritório", ["Adelbras", "3M Scotch", "Eurocel"], "UN", 20, 5, 16),
        ("Cola Bastão 40 g", "Escritório", ["Pritt", "Tenaz", "Acrilex"], "UN", 12, 6, 18),
        ("Notebook 15,6\" Core i5 16 GB SSD 512 GB", "Informática > Computadores", ["Dell Inspiron 15", "Lenovo IdeaPad 3", "Acer Aspire 5", "HP 250 G9"], "UN", 1, 3200, 5200),
        ("Mini PC Core i3 8 GB SSD 256 GB", "Informática > Computadores", ["Dell OptiPlex Micro", "Lenovo ThinkCentre Tiny", "Positivo Master"], "UN", 1, 2100, 3400),
        ("Impressora Multifuncional Laser Monocromática", "Informática > Impressoras", ["Brother DCP-L5652DN", "HP LaserJet MFP M135w", "Samsung SL-M2070W", "Epson EcoTank L3250"], "UN", 1, 900, 3100),
        ("Papel Fotográfico Glossy A4 180 g Pacote com 50", "Papéis", ["Masterprint", "Epson", "HP"], "PC", 1, 25, 80),
        ("Régua de Alumínio", "Escritório", ["30 cm", "50 cm", "100 cm"], "UN", 10, 5, 30),
        ("Organizador de Mesa em Acrílico", "Escritório", ["Waleu 3 Divisórias", "Acrimet Porta-Lápis", "Dello Caixa Correspondência"], "UN", 2, 18, 60),
        ("Mouse Pad com Apoio de Pulso", "Informática > Periféricos", ["Reliza Gel Preto", "Multilaser AC024", "Fortrek MP-01"], "UN", 5, 15, 45),
        ("Suporte para Notebook Ajustável", "Informática > Acessórios", ["Multilaser AC291", "OCTOO Uptable", "Reliza Slim"], "UN", 2, 40, 140),
        ("Carregador USB-C 65 W", "Informática > Energia", ["Dell", "Lenovo", "Baseus"], "UN", 2, 90, 260),
        ("Hub USB 3.0 4 Portas", "Informática > Acessórios", ["TP-Link UH400", "Multilaser AC310", "Ugreen CM219"], "UN", 5, 35, 120),
        ("Cartão de Memória microSD", "Informática > Armazenamento", ["32 GB SanDisk Ultra", "64 GB SanDisk Ultra", "128 GB Kingston Canvas"], "UN", 5, 25, 130),
        ("Papel Higiênico Folha Dupla Fardo com 64 Rolos", "Copa e Limpeza", ["Neve", "Personal", "Softys Elite"], "FD", 1, 90, 180),
        ("Papel Toalha Interfolha 2 Dobras Caixa com 1000", "Copa e Limpeza", ["Santepel", "Softys", "Mili"], "CX", 2, 25, 60),
        ("Detergente Neutro 500 ml Caixa com 24", "Copa e Limpeza", ["Ypê", "Limpol", "Minuano"], "CX", 1, 45, 80),
    ]
    n = 0
    for name, category, variants, unit, min_lot, low, high in items:
        for variant in variants:
            n += 1
            brand = variant.split(" ")[0] if not variant[0].isdigit() else rng.choice(["Multilaser", "Intelbras", "Vinik"])
            full = f"{name} {variant}" if variant[0].isdigit() or " " in variant else f"{name} {variant}"
            rows.append(dict(
                sku=f"ET-{n:05d}", gtin=ean13(300000 + n), mpn=f"{brand[:3].upper()}-{300 + n}",
                name=full, description=f"{name}. Modelo/marca: {variant}. Nota fiscal e garantia do fabricante.",
                brand=brand, category=f"Escritório e TI > {category}", unit=unit, pack_size=1,
                min_order_qty=min_lot, order_multiple=min_lot if min_lot >= 10 else 1,
                list_price=money(rng.uniform(low, high)), stock=rng.choice([0, 5, 20, 60, 250, 1000])))
    # Colour variants of pens and folders fill out everyday items.
    for colour in ["Azul", "Preta", "Vermelha", "Verde"]:
        for brand in ["BIC Cristal", "Faber-Castell Trilux", "Pilot BPS", "Compactor 07"]:
            n += 1
            rows.append(dict(
                sku=f"ET-{n:05d}", gtin=ean13(300000 + n), mpn=f"{brand[:3].upper()}-{colour[:2].upper()}{n}",
                name=f"Caneta Esferográfica {brand} {colour} Caixa com 50",
                description=f"Caneta esferográfica {brand}, tinta {colour.lower()}, ponta média.",
                brand=brand.split(" ")[0], category="Escritório e TI > Escrita", unit="CX", pack_size=50,
                min_order_qty=1, order_multiple=1, list_price=money(rng.uniform(35, 95)),
                stock=rng.choice([0, 30, 200])))
    for size in ["Ofício", "A4", "A3"]:
        for colour in ["Azul", "Vermelha", "Verde", "Amarela", "Cristal"]:
            n += 1
            rows.append(dict(
                sku=f"ET-{n:05d}", gtin=ean13(300000 + n), mpn=f"DEL-{size[:2].upper()}{colour[:2].upper()}",
                name=f"Pasta com Elástico {size} Polipropileno {colour}",
                description=f"Pasta com aba e elástico, tamanho {size}, polipropileno {colour.lower()}.",
                brand="Dello", category="Escritório e TI > Arquivo", unit="UN", pack_size=1, min_order_qty=10,
                order_multiple=10, list_price=money(rng.uniform(2.5, 9)), stock=rng.choice([0, 300, 1500])))
    for key in ("fita-isolante", "pilha-aa", "cafe", "copo"):
        n += 1
        rows.append(dict(sku=f"ET-{n:05d}", category="Escritório e TI > Copa e Utilidades", unit="UN", pack_size=1,
                         min_order_qty=10, order_multiple=10, list_price=money(rng.uniform(6, 40)),
                         stock=rng.choice([100, 700]), **SHARED[key]))
    return rows


def nexo(rng):
    """An importer's catalog in English, as many IT and office distributors receive theirs: brand, model and
    specifications in the name, the selling points in the description."""
    rows = []
    # (category, unit, min lot, [(brand, model/name, mpn, description, low, high)])
    families = [
        ("IT > Computers > Laptops", "UN", 1, [
            ("Dell", 'Latitude 5440 14" Laptop Intel Core i5-1335U 16GB RAM 512GB SSD Windows 11 Pro', "LAT5440-I5",
             "Business notebook with backlit keyboard, fingerprint reader and Full HD anti-glare display.", 5200, 6900),
            ("Lenovo", 'ThinkPad E14 Gen 5 14" Laptop AMD Ryzen 5 7530U 16GB 512GB SSD', "21JR0010BR",
             "Durable business notebook, spill-resistant keyboard, MIL-STD tested.", 4300, 5600),
            ("HP", 'ProBook 450 G10 15.6" Laptop Intel Core i7-1355U 16GB 1TB SSD', "85C40EA",
             "15.6 inch business notebook with numeric keypad and Wi-Fi 6E.", 6100, 7800),
            ("Acer", 'TravelMate P2 14" Laptop Intel Core i3-1315U 8GB 256GB SSD', "TMP214-55",
             "Entry-level notebook for students and field teams, up to 10 hours of battery.", 2900, 3600),
            ("Apple", 'MacBook Air 13" M2 Chip 8GB 256GB SSD Midnight', "MLY33BZ/A",
             "Thin and light notebook with Retina display and all-day battery life.", 7900, 9400),
        ]),
        ("IT > Computers > Desktops", "UN", 1, [
            ("Dell", "OptiPlex 7010 SFF Desktop Intel Core i5-13500 8GB 256GB SSD", "OPT7010-SFF",
             "Small form factor business PC with tool-less chassis.", 4100, 5200),
            ("HP", "ProDesk 400 G9 Mini Desktop PC Intel Core i5-12500T 16GB 512GB SSD", "6B2F0EA",
             "Ultra compact mini PC that mounts behind a monitor.", 4300, 5400),
            ("Lenovo", "ThinkCentre M70q Tiny Desktop Intel Core i3-12100T 8GB 256GB SSD", "11T3002MBR",
             "One-litre tiny PC for reception desks and kiosks.", 3100, 3900),
        ]),
        ("IT > Monitors", "UN", 1, [
            ("Dell", 'P2422H 24" Full HD IPS Monitor', "P2422H",
             "Height-adjustable office display with ComfortView and USB hub.", 1150, 1450),
            ("LG", '27UL500-W 27" 4K UHD IPS Monitor HDR10', "27UL500-W",
             "Ultra HD screen for design and spreadsheets, HDMI and DisplayPort.", 1900, 2400),
            ("Samsung", 'S24C310 24" Full HD IPS Monitor 75Hz', "LS24C310EALXZD",
             "Borderless office screen with eye saver mode.", 780, 990),
            ("AOC", '22B2HM 21.5" Full HD VA Monitor', "22B2HM",
             "Compact display for call centres, VESA mount.", 560, 720),
            ("Dell", 'U2723QE 27" UltraSharp 4K USB-C Hub Monitor', "U2723QE",
             "Professional screen with 90 W USB-C power delivery and RJ45.", 3900, 4600),
        ]),
        ("IT > Peripherals > Keyboards and Mice", "UN", 5, [
            ("Logitech", "K120 Wired USB Keyboard", "920-004423", "Quiet, spill-resistant full-size keyboard.", 55, 80),
            ("Logitech", "MK270 Wireless Keyboard and Mouse Combo", "920-004433",
             "Cordless desktop set with 2.4 GHz USB receiver.", 130, 170),
            ("Logitech", "M185 Wireless Mouse Grey", "910-002225", "Compact cordless mouse with one-year battery.", 55, 75),
            ("Logitech", "MX Master 3S Performance Wireless Mouse", "910-006561",
             "Ergonomic mouse with quiet clicks and 8K DPI sensor, Bluetooth.", 520, 640),
            ("Dell", "MS116 Wired Optical Mouse Black", "570-AAIR", "USB optical mouse, 1000 DPI.", 35, 50),
            ("Microsoft", "Ergonomic Keyboard", "LXM-00006", "Split keyboard layout with cushioned palm rest.", 390, 480),
            ("Logitech", "MX Keys S Wireless Illuminated Keyboard", "920-011558",
             "Backlit keyboard for Windows and Mac, USB-C rechargeable.", 690, 820),
        ]),
        ("IT > Peripherals > Headsets and Webcams", "UN", 2, [
            ("Jabra", "Evolve2 30 USB-C Stereo Headset", "23089-989-879",
             "Wired headphones with noise-cancelling microphone for Teams calls.", 420, 560),
            ("Logitech", "H390 USB Headset with Noise-Cancelling Mic", "981-000014",
             "Padded headphones for the office, in-line volume control.", 150, 210),
            ("Poly", "Blackwire 3320 USB-A Stereo Headset", "213938-01", "Corded headphones for contact centres.", 190, 260),
            ("Logitech", "C920 HD Pro Webcam 1080p", "960-000764", "Full HD video camera with dual microphones.", 390, 480),
            ("Logitech", "Brio 4K Ultra HD Webcam", "960-001105", "4K video camera with HDR and Windows Hello.", 1100, 1350),
            ("JBL", "Tune 510BT Wireless On-Ear Headphones Black", "JBLT510BTBLK",
             "Bluetooth headphones with 40 hours of battery.", 230, 300),
        ]),
        ("IT > Storage", "UN", 5, [
            ("SanDisk", "Ultra Flair 64GB USB 3.0 Flash Drive", "SDCZ73-064G-G46", "Metal casing pen drive, up to 150 MB/s.", 45, 65),
            ("SanDisk", "Ultra Flair 128GB USB 3.0 Flash Drive", "SDCZ73-128G-G46", "Metal casing pen drive, up to 150 MB/s.", 70, 95),
            ("Kingston", "DataTraveler Exodia 32GB USB 3.2 Flash Drive", "DTX/32GB", "Pen drive with protective cap and key loop.", 28, 40),
            ("Samsung", "T7 1TB Portable SSD USB 3.2 Gen 2 Grey", "MU-PC1T0T/WW", "External solid state drive, up to 1,050 MB/s.", 640, 790),
            ("Seagate", "Expansion 2TB External Hard Drive USB 3.0", "STKM2000400", "Portable HDD for backups.", 420, 520),
            ("Samsung", "970 EVO Plus 1TB NVMe M.2 Internal SSD", "MZ-V7S1T0B/AM", "PCIe Gen 3 solid state drive, up to 3,500 MB/s.", 480, 610),
            ("Crucial", 'MX500 500GB SATA 2.5" Internal SSD', "CT500MX500SSD1", "SATA solid state drive for laptop and desktop upgrades.", 260, 330),
            ("SanDisk", "Extreme 128GB microSDXC Memory Card with Adapter", "SDSQXAA-128G-GN6MA", "A2 memory card for cameras and phones.", 110, 150),
        ]),
        ("IT > Networking", "UN", 1, [
            ("TP-Link", "Archer AX55 AX3000 Dual Band Wi-Fi 6 Router", "ARCHER AX55", "Gigabit wireless router for small offices.", 480, 590),
            ("TP-Link", "TL-SG108 8-Port Gigabit Desktop Switch", "TL-SG108", "Unmanaged metal switch, plug and play.", 150, 190),
            ("TP-Link", "TL-SG1024D 24-Port Gigabit Rackmount Switch", "TL-SG1024D", "Unmanaged 19 inch rack switch.", 620, 760),
            ("Ubiquiti", "UniFi U6 Lite Wi-Fi 6 Access Point", "U6-LITE", "Ceiling-mounted wireless access point, PoE powered.", 780, 950),
            ("Intelbras", "Mesh Twibi Giga Wi-Fi System 2-Pack", "4750070", "Whole-office mesh wireless coverage.", 690, 850),
        ]),
        ("IT > Power", "UN", 1, [
            ("APC", "Back-UPS Pro 1500VA UPS Battery Backup", "BR1500G", "Uninterruptible power supply with AVR and LCD, 10 outlets.", 1900, 2400),
            ("APC", "Back-UPS 600VA UPS", "BE600M1", "Compact uninterruptible power supply for a desktop PC.", 620, 780),
            ("Belkin", "6-Outlet Surge Protector Power Strip 2 m", "BE106000-2M", "Surge protection power strip with 2 m cord.", 120, 160),
            ("Anker", "Nano II 65W USB-C Charger", "A2663", "GaN wall charger for laptops, tablets and phones.", 190, 250),
            ("Anker", "PowerCore 20000mAh Power Bank", "A1384", "Portable charger with two USB ports.", 210, 280),
        ]),
        ("IT > Cables and Adapters", "UN", 10, [
            ("Ugreen", "HDMI 2.1 Cable 8K 2 m", "70320", "High speed cable for monitors and projectors.", 60, 90),
            ("Ugreen", "USB-C to HDMI Adapter 4K", "70444", "Connects a laptop's USB-C port to a monitor.", 70, 100),
            ("Dell", "WD19S USB-C Docking Station 130W", "WD19S-130W", "Single cable dock: two displays, Ethernet, power.", 1400, 1700),
            ("Ugreen", "DisplayPort 1.4 Cable 2 m", "80391", "DP cable for 4K and 8K screens.", 65, 90),
            ("Furukawa", "Cat6 Ethernet Patch Cable 3 m Blue", "35123440", "Network patch cord, RJ45 both ends.", 18, 30),
            ("Anker", "USB-C Hub 7-in-1", "A8346", "Multiport adapter with HDMI, SD card reader and 100 W pass-through.", 210, 280),
        ]),
        ("IT > Printers", "UN", 1, [
            ("HP", "LaserJet Pro M404dn Monochrome Laser Printer", "W1A53A", "Duplex office printer with Ethernet.", 2100, 2600),
            ("Brother", "HL-L2350DW Wireless Monochrome Laser Printer", "HLL2350DW", "Compact duplex printer with Wi-Fi.", 1100, 1400),
            ("Epson", "EcoTank L3250 All-in-One Ink Tank Printer", "C11CJ67302", "Wireless multifunction printer, scanner and copier with refillable ink tanks.", 1050, 1300),
            ("Canon", "PIXMA G3270 MegaTank All-in-One Wireless Printer", "5805C004", "Ink tank multifunction printer for home offices.", 1000, 1250),
            ("Brother", "DCP-L5652DN Multifunction Laser Printer", "DCPL5652DN", "High volume monochrome copier, scanner and printer.", 3100, 3700),
        ]),
        ("IT > Printer Supplies", "UN", 1, [
            ("HP", "58A Black Original LaserJet Toner Cartridge", "CF258A", "About 3,000 pages; for M404 and M428.", 540, 650),
            ("Brother", "TN-760 High Yield Black Toner Cartridge", "TN760", "About 3,000 pages; for HL-L2350DW.", 330, 400),
            ("Epson", "T544 Black Ink Bottle 65 ml", "T544120", "Refill for EcoTank printers.", 48, 62),
            ("Epson", "T544 Cyan Ink Bottle 65 ml", "T544220", "Refill for EcoTank printers.", 48, 62),
            ("Epson", "T544 Magenta Ink Bottle 65 ml", "T544320", "Refill for EcoTank printers.", 48, 62),
            ("Epson", "T544 Yellow Ink Bottle 65 ml", "T544420", "Refill for EcoTank printers.", 48, 62),
            ("Canon", "GI-190 Black Ink Bottle", "0667C001", "Refill for PIXMA G series MegaTank printers.", 50, 65),
        ]),
        ("Office > Paper", "CX", 5, [
            ("Double A", "A4 Copy Paper 80 gsm Box of 5 Reams", "DA-A4-80", "Premium white paper, 2,500 sheets, jam-free printing.", 170, 210),
            ("Chamex", "A4 Copy Paper 75 gsm Box of 10 Reams", "CHX-A4-75", "Multipurpose office paper, 5,000 sheets.", 250, 310),
            ("Hammermill", "Letter Size Copy Paper 20 lb Case of 10 Reams", "HAM-LTR-20", "8.5 x 11 inch multipurpose paper.", 320, 390),
            ("HP", "Premium Glossy Photo Paper A4 Pack of 50 Sheets", "Q2519A", "Photo paper for inkjet printers, 200 gsm.", 85, 110),
        ]),
        ("Office > Writing", "CX", 1, [
            ("Pilot", "G2 Retractable Gel Pens 0.7 mm Black Box of 12", "31020", "Smooth writing rollerball gel ink pens.", 70, 90),
            ("Pilot", "G2 Retractable Gel Pens 0.7 mm Blue Box of 12", "31021", "Smooth writing rollerball gel ink pens.", 70, 90),
            ("BIC", "Round Stic Ballpoint Pens Medium Blue Box of 60", "GSM609-BLU", "Everyday ballpoint pens, 1.0 mm.", 55, 75),
            ("Sharpie", "Pocket Highlighters Chisel Tip Assorted Pack of 12", "27145", "Fluorescent highlighter markers, smear-guard ink.", 45, 60),
            ("Expo", "Low-Odor Dry Erase Markers Chisel Tip Assorted Pack of 8", "80078", "Whiteboard markers that wipe clean.", 50, 70),
            ("Faber-Castell", "Graphite Pencils HB Box of 72", "FC-HB-72", "Wooden pencils for schools and offices.", 60, 80),
            ("Sharpie", "Permanent Markers Fine Point Black Pack of 12", "30001", "Quick drying marker pens for labels and boxes.", 55, 75),
        ]),
        ("Office > Desk Supplies", "UN", 5, [
            ("Swingline", "Standard Desktop Stapler 20 Sheets Black", "S7074701", "Full-strip stapler for 26/6 staples.", 60, 85),
            ("Swingline", "Standard Staples 26/6 Box of 5,000", "S7035450", "Galvanised chisel-point staples.", 12, 18),
            ("Post-it", "Notes 3 x 3 in Canary Yellow Pack of 12 Pads", "654-12YW", "Sticky notes, 100 sheets per pad.", 70, 90),
            ("ACCO", "Paper Clips No. 1 Box of 1,000", "72380", "Smooth finish paper clips.", 18, 25),
            ("Scotch", "Magic Tape 19 mm x 33 m Pack of 6", "810K6", "Invisible tape for documents.", 55, 70),
            ("Fellowes", "Powershred 8C Cross-Cut Paper Shredder", "3321501", "Shreds 8 sheets into confetti, 14 litre bin.", 620, 760),
            ("Brother", "P-touch PT-H110 Label Maker", "PTH110", "Handheld labeller with QWERTY keyboard.", 260, 320),
            ("Casio", "HR-100RC Printing Calculator", "HR-100RC", "Desktop calculator with printed tape, 12 digits.", 280, 340),
            ("Fellowes", "Saturn 3i A3 Laminator", "5736101", "Laminating machine, warms up in 1 minute.", 480, 590),
            ("Quartet", "Magnetic Whiteboard 90 x 60 cm Aluminium Frame", "QRT-MW9060", "Dry erase board with marker tray.", 210, 280),
            ("Leitz", "WOW Desk Organizer Set White", "LTZ-5361", "Drawer, pen holder and letter tray.", 120, 160),
        ]),
        ("Office > Furniture", "UN", 1, [
            ("Flexform", "Ergonomic Mesh Office Chair with Lumbar Support", "FX-ERGO-MESH", "Swivel desk chair with adjustable armrests and headrest.", 1400, 1900),
            ("Cavaletti", "Executive Leather Office Chair High Back", "CAV-EXEC-HB", "Swivel chair in synthetic leather.", 1100, 1500),
            ("Flexispot", "E7 Electric Standing Desk 140 x 70 cm", "FLX-E7-140", "Height adjustable sit-stand desk with memory presets.", 3400, 4200),
            ("Ergotron", "LX Dual Monitor Arm Desk Mount", "45-248-026", "Holds two screens up to 27 inch, VESA.", 1500, 1900),
            ("Rain Design", "mStand Laptop Stand Aluminium", "10032", "Raises a notebook to eye level.", 290, 360),
            ("Fellowes", "Office Suites Foot Rest", "8035001", "Adjustable footrest for desks.", 180, 230),
        ]),
        ("Office > Breakroom", "CX", 1, [
            ("Nescafé", "Dolce Gusto Espresso Coffee Capsules Box of 16", "NDG-ESP-16", "Coffee pods for Dolce Gusto machines.", 28, 36),
            ("Melitta", "Ground Coffee Traditional 500 g", "MEL-TRAD-500G", "Vacuum-packed roast and ground coffee.", 22, 30),
            ("Kleenex", "Facial Tissues Box of 100 Pack of 12", "KLX-100-12", "Soft two-ply tissues.", 80, 110),
            ("Scott", "Multifold Paper Towels Case of 4,000", "SCT-MF-4000", "Hand towels for restroom dispensers.", 140, 180),
            ("Lysol", "Disinfecting Wipes Canister of 80", "LYS-WIPES-80", "Kills 99.9% of germs on desks and keyboards.", 35, 48),
        ]),
    ]
    n = 0
    for category, unit, min_lot, items in families:
        for brand, model, mpn, description, low, high in items:
            n += 1
            name = f"{brand} {model}"
            rows.append(dict(
                sku=f"NX-{n:05d}", gtin=ean13(400000 + n), mpn=mpn, name=name, description=description,
                brand=brand, category=category, unit=unit, pack_size=1, min_order_qty=min_lot,
                order_multiple=1, list_price=money(rng.uniform(low, high)), stock=rng.choice([0, 4, 25, 80, 300, 1200])))
    # Colours and lengths of the everyday items fill out the catalog, as in an importer's price file.
    for colour in ["Black", "White", "Blue", "Grey"]:
        for length in ["1 m", "2 m", "5 m"]:
            n += 1
            rows.append(dict(
                sku=f"NX-{n:05d}", gtin=ean13(400000 + n), mpn=f"UG-USBC-{length[0]}{colour[:2].upper()}",
                name=f"Ugreen USB-C to USB-C Cable 100W {length} {colour}",
                description=f"Braided charging and data cable, {length}, {colour.lower()}.", brand="Ugreen",
                category="IT > Cables and Adapters", unit="UN", pack_size=1, min_order_qty=10, order_multiple=1,
                list_price=money(rng.uniform(35, 70)), stock=rng.choice([0, 150, 600])))
    for size, capacity in [("Letter", "30 litre"), ("A4", "30 litre"), ("Legal", "40 litre")]:
        for colour in ["Black", "Blue", "Red"]:
            n += 1
            rows.append(dict(
                sku=f"NX-{n:05d}", gtin=ean13(400000 + n), mpn=f"PB-{size[:2].upper()}{colour[:2].upper()}",
                name=f"Pendaflex Hanging File Folders {size} Size {colour} Box of 25",
                description=f"Suspension folders for filing cabinets, {size.lower()} size, {colour.lower()}.",
                brand="Pendaflex", category="Office > Filing", unit="CX", pack_size=25, min_order_qty=2, order_multiple=1,
                list_price=money(rng.uniform(60, 95)), stock=rng.choice([0, 40, 200])))
        n += 1
        rows.append(dict(
            sku=f"NX-{n:05d}", gtin=ean13(400000 + n), mpn=f"BK-{size[:2].upper()}",
            name=f"Bankers Box Storage File Box {size} Size Pack of 10",
            description=f"Corrugated archive boxes with lift-off lids, {capacity}.", brand="Bankers Box",
            category="Office > Filing", unit="PC", pack_size=10, min_order_qty=1, order_multiple=1,
            list_price=money(rng.uniform(120, 170)), stock=rng.choice([0, 30, 120])))
    return rows


def write(slug, rows):
    path = Path("tenants") / slug / "catalog.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            row["ncm"], row["ipi"] = taxes(row.get("category", ""))
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    print(f"{path}: {len(rows)} products")


if __name__ == "__main__":
    for slug, generate in (("ferragens", ferragens), ("sabor", sabor), ("escritorio", escritorio), ("nexo", nexo)):
        (Path("tenants") / slug).mkdir(parents=True, exist_ok=True)
        write(slug, generate(random.Random(slug)))
