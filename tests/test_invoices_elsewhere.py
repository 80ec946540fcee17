"""Invoices from outside the dev set: the rules on invoices laid out and worded the way US, UK, Dutch,
French, Spanish, Norwegian and British businesses write them (text lines written for these tests, without positions, as a plain
text layer gives them; invoice-dev is mostly German e-invoice renderings)."""

from pathlib import Path

import pytest

from scan2data import load_pipeline
from scan2data.document import Document, Page, TextLine, Transcript

INVOICES = {
"us": """Bright Pixel Design LLC
450 Market Street, Suite 200
San Francisco, CA 94105
INVOICE
Invoice #: INV-2025-0042
Invoice Date: March 3, 2025
Due Date: April 2, 2025
Bill To:
Harbor Coffee Co.
12 Pier Road
Seattle, WA 98101
Description  Qty  Rate  Amount
Logo design  1  $1,200.00  $1,200.00
Business cards  2  $150.00  $300.00
Subtotal  $1,500.00
Sales Tax (8.5%)  $127.50
Total Due  $1,627.50
Payment terms: Net 30""",
"uk": """Thames Valley Plumbing Ltd
Unit 4, Riverside Works
Reading RG1 8DB
VAT Reg No: GB 123 4567 89
TAX INVOICE
Invoice No. 10293
Date: 14/02/2025
Customer: Mrs J. Smith, 8 Elm Close, Reading RG4 7AB
Boiler service  1  £85.00  £85.00
Replacement valve  1  £42.50  £42.50
Net  £127.50
VAT @ 20%  £25.50
Total  £153.00
Payment due within 14 days""",
"nl": """Bakkerij de Vries B.V.
Dorpsstraat 14
3581 AB Utrecht
KVK 12345678  BTW NL001234567B01
FACTUUR
Factuurnummer: 2025-117
Factuurdatum: 5 maart 2025
Vervaldatum: 4 april 2025
Aan: Café Centraal, Oudegracht 1, 3511 AA Utrecht
Omschrijving  Aantal  Prijs  Bedrag
Brood wit  40  2,10  84,00
Taart  2  18,50  37,00
Subtotaal  121,00
BTW 9%  10,89
Totaal  131,89""",
"fr": """Atelier Dupont SARL
8 avenue Jean Jaurès
75019 Paris
SIRET 123 456 789 00021  TVA FR12345678901
FACTURE N° F-2025-031
Date : 12/03/2025
Échéance : 11/04/2025
Client : Librairie Martin, 3 rue Victor Hugo, 69002 Lyon
Désignation  Qté  P.U. HT  Montant HT
Reliure cuir  3  45,00  135,00
Total HT  135,00
TVA 20 %  27,00
Total TTC  162,00""",
"es": """Talleres García S.L.
Calle Mayor 10
28013 Madrid
CIF B12345678
FACTURA Nº 2025/0456
Fecha: 20 de marzo de 2025
Vencimiento: 19/04/2025
Cliente: Transportes López S.A.
Base imponible  850,00 €
IVA 21%  178,50 €
Total factura  1.028,50 €""",
"no-credit-note": """Blue Fjord AS
Storgata 5, 0155 Oslo
CREDIT NOTE
Credit Note No: CN-0007
Date: 02.04.2025
Customer: Nordic Supplies AB
Returned goods  -2 500,00
Subtotal  -2 500,00
VAT 25%  -625,00
Total NOK  -3 125,00""",
"uk-credit-note": """Thames Valley Plumbing Ltd
Unit 4, Riverside Works
Reading RG1 8DB
CREDIT NOTE
Credit Note No: CN-118
Date: 03/03/2025
Against Invoice No: 10293
Customer: Mrs J. Smith
Valve not fitted  -42.50
VAT @ 20%  -8.50
Total  -£51.00""",
}
EXPECTED = {
    "us": dict(vendor_name="Bright Pixel Design LLC", invoice_number="INV-2025-0042", invoice_date="2025-03-03",
               due_date="2025-04-02", total=1627.5, currency="USD", customer_name="Harbor Coffee Co.", tax=127.5),
    "uk": dict(vendor_name="Thames Valley Plumbing Ltd", invoice_number="10293", invoice_date="2025-02-14",
               total=153.0, currency="GBP", customer_name="Mrs J. Smith", tax=25.5),
    "nl": dict(vendor_name="Bakkerij de Vries B.V.", invoice_number="2025-117", invoice_date="2025-03-05",
               due_date="2025-04-04", total=131.89, customer_name="Café Centraal", subtotal=121.0, tax=10.89,
               vendor_address="Dorpsstraat 14 3581 AB Utrecht"),
    "fr": dict(vendor_name="Atelier Dupont SARL", invoice_number="F-2025-031", invoice_date="2025-03-12",
               due_date="2025-04-11", total=162.0, customer_name="Librairie Martin", subtotal=135.0, tax=27.0,
               vendor_address="8 avenue Jean Jaurès 75019 Paris"),
    "es": dict(vendor_name="Talleres García S.L.", invoice_number="2025/0456", invoice_date="2025-03-20",
               due_date="2025-04-19", total=1028.5, currency="EUR", customer_name="Transportes López S.A.",
               subtotal=850.0, tax=178.5, vendor_address="Calle Mayor 10 28013 Madrid"),
    # a credit note: amounts with a space between thousands, signed (-2 500,00)
    "no-credit-note": dict(vendor_name="Blue Fjord AS", invoice_number="CN-0007", invoice_date="2025-04-02",
                           customer_name="Nordic Supplies AB", vendor_address="Storgata 5, 0155 Oslo",
                           subtotal=-2500.0, tax=-625.0, total=-3125.0, currency="NOK"),
    # its own number, not that of the invoice it corrects
    "uk-credit-note": dict(vendor_name="Thames Valley Plumbing Ltd", invoice_number="CN-118",
                           invoice_date="2025-03-03", total=-51.0, tax=-8.5, currency="GBP"),
}


@pytest.fixture(scope="module")
def pipeline():
    pipeline = load_pipeline("invoice", engine="local", stage_overrides={"einvoice": {"enabled": False}})
    pipeline.prepare()
    return pipeline


@pytest.mark.parametrize("country", sorted(INVOICES))
def test_an_invoice_from_elsewhere(pipeline, country):
    source = Path(f"{country}.pdf")
    lines = [TextLine(line) for line in INVOICES[country].splitlines()]
    document = Document(source=source, pages=[Page(source=source, number=1, transcript=Transcript.from_lines(lines))])
    document = pipeline.process(document, start=pipeline.read_index + 1)
    expected = EXPECTED[country]
    assert {name: document.data.get(name) for name in expected} == expected
    assert document.status == "ok", document.reasons
