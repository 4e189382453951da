#!/usr/bin/env python3
"""Generates the demo price lists (tenants/<slug>/prices/*.csv) from the demo catalogs.

Deterministic, so re-running changes nothing. The lists tell a story a buyer can see: a general
list with volume tiers (cheaper from 10 and 50 minimum lots), a customer category's list, and one
buyer's individual (negotiated) prices. conditions.yaml, written by hand, names these files.
Run from the repository root: python3 tenants/tools/generate-conditions.py
"""
import csv
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))


def catalog(slug):
    with open(ROOT / slug / "catalog.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(slug, name, rows):
    folder = ROOT / slug / "prices"
    folder.mkdir(exist_ok=True)
    with open(folder / name, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["sku", "min_quantity", "unit_price"])
        out.writerows(rows)


def general_tiers(products):
    """From 10 and 50 minimum lots on, 4% and 8% below the list price; below that, the list price."""
    rows = []
    for p in products:
        lot = int(p["min_order_qty"] or 1)
        price = Decimal(p["list_price"])
        rows.append([p["sku"], 10 * lot, money(price * Decimal("0.96"))])
        rows.append([p["sku"], 50 * lot, money(price * Decimal("0.92"))])
    return rows


def percent_off(products, percent, tiers=False):
    rows = []
    for p in products:
        price = Decimal(p["list_price"]) * (100 - Decimal(percent)) / 100
        rows.append([p["sku"], 1, money(price)])
        if tiers:
            rows.append([p["sku"], 10 * int(p["min_order_qty"] or 1), money(price * Decimal("0.95"))])
    return rows


def in_group(products, group):
    return [p for p in products if p["category"] == group or p["category"].startswith(group + " > ")]


def main():
    plans = {
        # Construction firms get a category list on screws; Metalúrgica Vale negotiated nuts and washers.
        "ferragens": [("geral.csv", lambda c: general_tiers(c)),
                      ("construtoras.csv", lambda c: percent_off(in_group(c, "Fixadores > Parafusos"), 6, tiers=True)),
                      ("acordo-metalurgica-vale.csv", lambda c: percent_off(
                          in_group(c, "Fixadores > Porcas") + in_group(c, "Fixadores > Arruelas"), 15))],
        # Bakeries buy flour and sugar by the truckload; the industrial canteen has its own list.
        "sabor": [("geral.csv", lambda c: general_tiers(c)),
                  ("panificacao.csv", lambda c: percent_off(
                      in_group(c, "Ingredientes > Farinhas") + in_group(c, "Ingredientes > Açúcares"), 5, tiers=True)),
                  ("acordo-refeitorio-vale.csv", lambda c: percent_off(in_group(c, "Ingredientes > Óleos e Gorduras"), 12))],
        "escritorio": [("geral.csv", lambda c: general_tiers(c)),
                       ("corporativo.csv", lambda c: percent_off(in_group(c, "Escritório e TI > Informática"), 7)),
                       ("acordo-horizonte.csv", lambda c: percent_off(in_group(c, "Escritório e TI > Papéis"), 18))],
    }
    for slug, lists in plans.items():
        products = catalog(slug)
        for name, build in lists:
            write(slug, name, build(products))


if __name__ == "__main__":
    main()
