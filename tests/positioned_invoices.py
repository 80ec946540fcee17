"""Invoices as their PDFs lay them out (blind batches 41, 45, 49, 53 and later): each line of text at its place
on the page, in two columns — the letterhead and the invoice's fields at the right, the addressee at the
left, a sender line over the address window, a header row of labels over a row of values — written as a
text layer by ``pdfmaker.text_pdf``, with what a person would book from each."""

DOCS: dict[str, list[tuple[float, float, str]]] = {}
EXP: dict[str, dict[str, object]] = {}
# right, and still a person should look: the reason says why
FLAGGED: dict[str, str] = {}
# invoices over two pages (blind batch 83): their rows run on under the item header printed again
PAGES: dict[str, list[list[tuple[float, float, str]]]] = {}

DOCS["de-din"] = [
    (350, 40, "Müller Elektrotechnik GmbH"), (350, 54, "Industriestraße 5"), (350, 68, "80339 München"),
    (350, 82, "Tel. 089 123456"),
    (50, 140, "Müller Elektrotechnik GmbH · Industriestraße 5 · 80339 München"),
    (50, 160, "Bäckerei Huber KG"), (50, 174, "Hauptstraße 3"), (50, 188, "80331 München"),
    (350, 160, "Rechnungsnr.:"), (450, 160, "2025-118"), (350, 174, "Datum:"), (450, 174, "03.04.2025"),
    (350, 188, "Kundennr.:"), (450, 188, "10042"),
    (50, 240, "Rechnung"),
    (50, 270, "Pos."), (90, 270, "Beschreibung"), (330, 270, "Menge"), (390, 270, "Einzelpreis"), (480, 270, "Gesamt"),
    (50, 286, "1"), (90, 286, "Elektroinstallation Backstube"), (330, 286, "1"), (390, 286, "1.000,00 €"), (480, 286, "1.000,00 €"),
    (50, 300, "2"), (90, 300, "Material"), (330, 300, "1"), (390, 300, "200,00 €"), (480, 300, "200,00 €"),
    (350, 330, "Nettobetrag"), (480, 330, "1.200,00 €"), (350, 344, "zzgl. 19 % USt."), (480, 344, "228,00 €"),
    (350, 358, "Rechnungsbetrag"), (480, 358, "1.428,00 €"),
    (50, 400, "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
    (50, 780, "Müller Elektrotechnik GmbH · HRB 123456 · USt-IdNr. DE123456789 · IBAN DE12 7001 0080 0123 4567 89"),
]
EXP["de-din"] = dict(vendor_name="Müller Elektrotechnik GmbH", invoice_number="2025-118", invoice_date="2025-04-03",
                     total=1428.0, tax=228.0, currency="EUR", customer_name="Bäckerei Huber KG",
                     vendor_address='Industriestraße 5 80339 München')

DOCS["uk-invoice"] = [
    (50, 40, "Northgate Joinery Ltd"), (50, 54, "Unit 7, Riverside Works"), (50, 68, "Leeds LS11 5QT"),
    (50, 82, "VAT Reg. No. GB 123 4567 89"),
    (420, 40, "INVOICE"),
    (380, 80, "Invoice No."), (470, 80, "NJ-2291"), (380, 94, "Invoice Date"), (470, 94, "14 April 2025"),
    (380, 108, "Due Date"), (470, 108, "14 May 2025"),
    (50, 140, "Bill To:"), (50, 154, "Hartley & Sons Solicitors"), (50, 168, "12 Park Square"), (50, 182, "Leeds LS1 2NE"),
    (50, 230, "Description"), (330, 230, "Qty"), (390, 230, "Unit Price"), (480, 230, "Amount"),
    (50, 246, "Oak bookcase, made to measure"), (330, 246, "2"), (390, 246, "£650.00"), (480, 246, "£1,300.00"),
    (50, 260, "Fitting"), (330, 260, "1"), (390, 260, "£200.00"), (480, 260, "£200.00"),
    (390, 290, "Subtotal"), (480, 290, "£1,500.00"), (390, 304, "VAT 20%"), (480, 304, "£300.00"),
    (390, 318, "Total"), (480, 318, "£1,800.00"),
    (50, 380, "Payment by BACS: Sort code 20-00-00, Account 12345678"),
]
EXP["uk-invoice"] = dict(vendor_name="Northgate Joinery Ltd", invoice_number="NJ-2291", invoice_date="2025-04-14",
                         due_date="2025-05-14", total=1800.0, tax=300.0, currency="GBP",
                         customer_name="Hartley & Sons Solicitors",
                         vendor_address='Unit 7, Riverside Works Leeds LS11 5QT')

DOCS["fr-facture"] = [
    (50, 40, "Atelier Durand SARL"), (50, 54, "14 rue des Tanneurs"), (50, 68, "69002 Lyon"),
    (50, 82, "SIRET 123 456 789 00012"), (50, 96, "TVA intracom. FR12 123456789"),
    (330, 130, "Client :"), (330, 144, "Boulangerie Martin"), (330, 158, "3 place Bellecour"), (330, 172, "69002 Lyon"),
    (50, 210, "FACTURE N° F2025-031"), (50, 224, "Date : 12/04/2025"), (50, 238, "Échéance : 12/05/2025"),
    (50, 270, "Désignation"), (300, 270, "Qté"), (360, 270, "P.U. HT"), (470, 270, "Montant HT"),
    (50, 286, "Réparation four à sole"), (300, 286, "1"), (360, 286, "850,00"), (470, 286, "850,00"),
    (50, 300, "Déplacement"), (300, 300, "1"), (360, 300, "50,00"), (470, 300, "50,00"),
    (360, 330, "Total HT"), (470, 330, "900,00 €"), (360, 344, "TVA 20 %"), (470, 344, "180,00 €"),
    (360, 358, "Total TTC"), (470, 358, "1 080,00 €"), (360, 372, "Net à payer"), (470, 372, "1 080,00 €"),
]
EXP["fr-facture"] = dict(vendor_name="Atelier Durand SARL", invoice_number="F2025-031", invoice_date="2025-04-12",
                         due_date="2025-05-12", total=1080.0, tax=180.0, currency="EUR", customer_name="Boulangerie Martin",
                         vendor_address='14 rue des Tanneurs 69002 Lyon')

DOCS["nl-factuur-rij"] = [
    (380, 40, "De Vries Schilderwerken"), (380, 54, "Kerkstraat 12"), (380, 68, "2011 HK Haarlem"),
    (380, 82, "KvK 12345678"), (380, 96, "BTW NL001234567B01"),
    (50, 120, "Mevrouw J. Jansen"), (50, 134, "Zijlweg 88"), (50, 148, "2015 BJ Haarlem"),
    (50, 200, "Factuur"),
    (50, 226, "Factuurnummer"), (180, 226, "Factuurdatum"), (310, 226, "Vervaldatum"),
    (50, 240, "2025-077"), (180, 240, "22-04-2025"), (310, 240, "06-05-2025"),
    (50, 280, "Omschrijving"), (470, 280, "Bedrag"),
    (50, 296, "Schilderen woonkamer en hal"), (470, 296, "€ 1.450,00"),
    (350, 330, "Subtotaal"), (470, 330, "€ 1.450,00"), (350, 344, "BTW 21%"), (470, 344, "€ 304,50"),
    (350, 358, "Totaal"), (470, 358, "€ 1.754,50"),
    (50, 400, "Graag binnen 14 dagen overmaken op NL91 ABNA 0417 1643 00 o.v.v. het factuurnummer."),
]
EXP["nl-factuur-rij"] = dict(vendor_name="De Vries Schilderwerken", invoice_number="2025-077", invoice_date="2025-04-22",
                             due_date="2025-05-06", total=1754.5, tax=304.5, currency="EUR",
                             vendor_address='Kerkstraat 12 2011 HK Haarlem')

DOCS["es-factura"] = [
    (50, 40, "Talleres García S.L."), (50, 54, "C/ Mayor 45"), (50, 68, "28013 Madrid"), (50, 82, "CIF: B12345678"),
    (380, 40, "FACTURA"), (380, 60, "Nº: 2025/0412"), (380, 74, "Fecha: 15/04/2025"),
    (50, 130, "Cliente:"), (120, 130, "Transportes Ruiz S.A."), (120, 144, "Av. de América 10"), (120, 158, "28028 Madrid"),
    (120, 172, "NIF: A87654321"),
    (50, 210, "Concepto"), (300, 210, "Cantidad"), (380, 210, "Precio"), (470, 210, "Importe"),
    (50, 226, "Revisión furgoneta 1234-ABC"), (300, 226, "1"), (380, 226, "320,00"), (470, 226, "320,00"),
    (50, 240, "Neumáticos"), (300, 240, "4"), (380, 240, "95,00"), (470, 240, "380,00"),
    (380, 270, "Base imponible"), (470, 270, "700,00 €"), (380, 284, "IVA 21%"), (470, 284, "147,00 €"),
    (380, 298, "Total factura"), (470, 298, "847,00 €"),
    (50, 340, "Forma de pago: transferencia ES91 2100 0418 4502 0005 1332"),
]
EXP["es-factura"] = dict(vendor_name="Talleres García S.L.", invoice_number="2025/0412", invoice_date="2025-04-15",
                         total=847.0, tax=147.0, currency="EUR", customer_name="Transportes Ruiz S.A.",
                         vendor_address='C/ Mayor 45 28013 Madrid')

DOCS["it-cedente"] = [
    (50, 40, "FATTURA ELETTRONICA"),
    (50, 70, "Cedente/prestatore"), (320, 70, "Cessionario/committente"),
    (50, 84, "Idraulica Bianchi S.r.l."), (320, 84, "Hotel Bellavista S.p.A."),
    (50, 98, "Via Roma 10"), (320, 98, "Lungolago 5"),
    (50, 112, "37121 Verona (VR)"), (320, 112, "37019 Peschiera del Garda (VR)"),
    (50, 126, "P.IVA IT01234560235"), (320, 126, "P.IVA IT09876540231"),
    (50, 160, "Tipo documento"), (180, 160, "Numero"), (260, 160, "Data"),
    (50, 174, "TD01 Fattura"), (180, 174, "45/2025"), (260, 174, "10-04-2025"),
    (50, 210, "Descrizione"), (300, 210, "Quantità"), (380, 210, "Prezzo"), (470, 210, "Importo"),
    (50, 226, "Sostituzione caldaia"), (300, 226, "1"), (380, 226, "2.400,00"), (470, 226, "2.400,00"),
    (380, 260, "Imponibile"), (470, 260, "2.400,00"), (380, 274, "IVA 22%"), (470, 274, "528,00"),
    (380, 288, "Totale documento"), (470, 288, "2.928,00 €"),
]
EXP["it-cedente"] = dict(vendor_name="Idraulica Bianchi S.r.l.", invoice_number="45/2025", invoice_date="2025-04-10",
                         total=2928.0, tax=528.0, currency="EUR", customer_name="Hotel Bellavista S.p.A.",
                         vendor_address='Via Roma 10, 37121 Verona (VR)')

DOCS["my-invois"] = [
    (50, 40, "SYARIKAT PEMBINAAN MAJU JAYA SDN BHD (123456-X)"), (50, 54, "NO. 12, JALAN PERUSAHAAN 3,"),
    (50, 68, "KAWASAN PERINDUSTRIAN BATU CAVES, 68100 BATU CAVES, SELANGOR"), (50, 82, "SST NO: W10-1808-31012345"),
    (420, 110, "INVOIS / INVOICE"),
    (50, 140, "BILL TO:"), (50, 154, "RESTORAN SRI MELAKA SDN BHD"), (50, 168, "LOT 5, JALAN TUN PERAK,"), (50, 182, "50050 KUALA LUMPUR"),
    (380, 140, "INVOICE NO :"), (470, 140, "INV-25/0412"), (380, 154, "DATE :"), (470, 154, "15/04/2025"),
    (380, 168, "TERMS :"), (470, 168, "30 DAYS"),
    (50, 220, "NO"), (80, 220, "DESCRIPTION"), (320, 220, "QTY"), (380, 220, "UNIT PRICE (RM)"), (480, 220, "AMOUNT (RM)"),
    (50, 236, "1"), (80, 236, "KERJA UBAHSUAI DAPUR"), (320, 236, "1"), (380, 236, "8,000.00"), (480, 236, "8,000.00"),
    (380, 270, "SUB TOTAL"), (480, 270, "8,000.00"), (380, 284, "SST 8%"), (480, 284, "640.00"),
    (380, 298, "TOTAL (RM)"), (480, 298, "8,640.00"),
]
EXP["my-invois"] = dict(vendor_name="SYARIKAT PEMBINAAN MAJU JAYA SDN BHD", invoice_number="INV-25/0412",
                        invoice_date="2025-04-15", total=8640.0, tax=640.0, currency="MYR",
                        customer_name="RESTORAN SRI MELAKA SDN BHD",
                        vendor_address='NO. 12, JALAN PERUSAHAAN 3, KAWASAN PERINDUSTRIAN BATU CAVES, 68100 BATU CAVES, SELANGOR')

# batch 45: a web shop named only in its legal footer, totals as a table (Net / VAT / Gross over their
# amounts), the client's block beside the vendor's, labels in one column and values in another, the amount
# due printed over the table
# a web shop: the logo is an image (no text), the vendor named only in the footer's legal line
DOCS["de-webshop-footer"] = [
    (50, 140, "Lisa Becker"), (50, 154, "Gartenweg 7"), (50, 168, "50667 Köln"),
    (380, 140, "Rechnungsnummer"), (480, 140, "WS-448812"), (380, 154, "Bestelldatum"), (480, 154, "28.04.2025"),
    (380, 168, "Rechnungsdatum"), (480, 168, "30.04.2025"), (380, 182, "Kundennummer"), (480, 182, "K-20931"),
    (50, 230, "Rechnung"),
    (50, 260, "Artikel"), (300, 260, "Menge"), (380, 260, "Preis"), (480, 260, "Summe"),
    (50, 276, "Gartenschlauch 20 m"), (300, 276, "1"), (380, 276, "29,99 €"), (480, 276, "29,99 €"),
    (50, 290, "Schlauchtrommel"), (300, 290, "1"), (380, 290, "44,90 €"), (480, 290, "44,90 €"),
    (50, 304, "Versand"), (300, 304, "1"), (380, 304, "4,95 €"), (480, 304, "4,95 €"),
    (380, 334, "Gesamtsumme"), (480, 334, "79,84 €"), (380, 348, "enthaltene MwSt. 19 %"), (480, 348, "12,75 €"),
    (50, 380, "Bezahlt per PayPal am 30.04.2025."),
    (50, 770, "Grünwerk Versand GmbH · Hafenstraße 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 998877"),
    (50, 782, "Geschäftsführer: Jan Peters · USt-IdNr. DE298765432 · www.gruenwerk.de"),
]
EXP["de-webshop-footer"] = dict(vendor_name="Grünwerk Versand GmbH", invoice_number="WS-448812",
                                invoice_date="2025-04-30", total=79.84, tax=12.75, currency="EUR",
                                vendor_address='Hafenstraße 12 20457 Hamburg')

# totals as a table: one header row (Net / VAT / Gross) over one row of values
DOCS["uk-totals-table"] = [
    (50, 40, "Brightwater Consulting Ltd"), (50, 54, "3 Harbour Walk, Bristol BS1 5UH"),
    (50, 68, "Company No. 09876543  VAT No. GB 345 6789 01"),
    (400, 40, "INVOICE"), (400, 60, "No: BC-0318"), (400, 74, "Date: 02/05/2025"),
    (50, 120, "To: Westcountry Ferries plc"), (50, 134, "Quay Street, Plymouth PL1 2AA"),
    (50, 180, "Description"), (470, 180, "Amount"),
    (50, 196, "Strategy workshop, 2 days"), (470, 196, "3,000.00"),
    (50, 210, "Travel expenses"), (470, 210, "180.00"),
    (300, 250, "Net"), (380, 250, "VAT 20%"), (470, 250, "Gross"),
    (300, 264, "£3,180.00"), (380, 264, "£636.00"), (470, 264, "£3,816.00"),
    (50, 300, "Payment within 30 days to Lloyds 30-00-00 12345678"),
]
EXP["uk-totals-table"] = dict(vendor_name="Brightwater Consulting Ltd", invoice_number="BC-0318",
                              invoice_date="2025-05-02", total=3816.0, tax=636.0, currency="GBP",
                              customer_name="Westcountry Ferries plc",
                              vendor_address='3 Harbour Walk, Bristol BS1 5UH')

# French: the client block to the right of the vendor's on the same rows
DOCS["fr-deux-colonnes"] = [
    (50, 40, "SARL Garage du Centre"), (330, 40, "Facturé à :"),
    (50, 54, "5 avenue Foch"), (330, 54, "M. Pierre Lambert"),
    (50, 68, "67000 Strasbourg"), (330, 68, "12 rue du Dôme"),
    (50, 82, "SIRET 512 345 678 00019"), (330, 82, "67000 Strasbourg"),
    (50, 130, "FACTURE"), (200, 130, "N° 2025-0456"), (350, 130, "Date : 05/05/2025"),
    (50, 170, "Désignation"), (300, 170, "Qté"), (360, 170, "P.U. HT"), (470, 170, "Total HT"),
    (50, 186, "Vidange + filtre"), (300, 186, "1"), (360, 186, "89,00"), (470, 186, "89,00"),
    (50, 200, "Plaquettes de frein AV"), (300, 200, "1"), (360, 200, "120,00"), (470, 200, "120,00"),
    (360, 230, "Total HT"), (470, 230, "209,00"), (360, 244, "TVA 20%"), (470, 244, "41,80"),
    (360, 258, "Total TTC"), (470, 258, "250,80 €"),
]
EXP["fr-deux-colonnes"] = dict(vendor_name="SARL Garage du Centre", invoice_number="2025-0456",
                               invoice_date="2025-05-05", total=250.8, tax=41.8, currency="EUR",
                               customer_name="M. Pierre Lambert",
                               vendor_address='5 avenue Foch 67000 Strasbourg')

# Dutch: labels in a left column, values in a right column, further apart
DOCS["nl-label-kolom"] = [
    (50, 40, "Bloemenhuis De Tulp"), (50, 54, "Marktplein 3"), (50, 68, "2611 GV Delft"),
    (50, 82, "KvK 27123456  BTW NL123456789B01"),
    (50, 130, "Factuur"),
    (50, 150, "Factuurnummer:"), (200, 150, "DT-2025-061"),
    (50, 164, "Factuurdatum:"), (200, 164, "6 mei 2025"),
    (50, 178, "Klant:"), (200, 178, "Hotel Delftse Poort"),
    (50, 220, "Bloemstukken receptie (mei)"), (470, 220, "€ 400,00"),
    (350, 250, "Subtotaal"), (470, 250, "€ 400,00"), (350, 264, "BTW 9%"), (470, 264, "€ 36,00"),
    (350, 278, "Te betalen"), (470, 278, "€ 436,00"),
]
EXP["nl-label-kolom"] = dict(vendor_name="Bloemenhuis De Tulp", invoice_number="DT-2025-061", invoice_date="2025-05-06",
                             total=436.0, tax=36.0, currency="EUR", customer_name="Hotel Delftse Poort",
                             vendor_address='Marktplein 3 2611 GV Delft')

# an English invoice that prints its total at the top (Amount due) and the table after
DOCS["us-amount-due-top"] = [
    (50, 40, "Cobalt Design Studio LLC"), (50, 54, "2200 Mission St, San Francisco, CA 94110"),
    (380, 40, "Invoice"), (380, 60, "Invoice number"), (480, 60, "CDS-2025-14"),
    (380, 74, "Date of issue"), (480, 74, "May 7, 2025"), (380, 88, "Date due"), (480, 88, "June 6, 2025"),
    (50, 120, "Bill to"), (50, 134, "Redwood Coffee Roasters"), (50, 148, "88 Valencia St"),
    (50, 162, "San Francisco, CA 94103"),
    (50, 200, "$2,400.00 USD due June 6, 2025"),
    (50, 240, "Description"), (300, 240, "Qty"), (380, 240, "Unit price"), (480, 240, "Amount"),
    (50, 256, "Brand identity package"), (300, 256, "1"), (380, 256, "$2,400.00"), (480, 256, "$2,400.00"),
    (380, 286, "Subtotal"), (480, 286, "$2,400.00"), (380, 300, "Total"), (480, 300, "$2,400.00"),
    (380, 314, "Amount due"), (480, 314, "$2,400.00 USD"),
]
EXP["us-amount-due-top"] = dict(vendor_name="Cobalt Design Studio LLC", invoice_number="CDS-2025-14",
                                invoice_date="2025-05-07", due_date="2025-06-06", total=2400.0, currency="USD",
                                customer_name="Redwood Coffee Roasters",
                                vendor_address='2200 Mission St, San Francisco, CA 94110')

# blind batch 49: a SaaS invoice, VAT at two rates, cash-discount terms, IRPF, Quebec's two taxes, a part payment,
# a totals table
# a SaaS receipt-invoice: the number and dates as a label column, the amount due repeated in a headline
DOCS["us-saas"] = [
    (50, 40, "Invoice"),
    (50, 70, "Invoice number"), (160, 70, "8F3A21C7-0005"),
    (50, 84, "Date of issue"), (160, 84, "March 5, 2025"),
    (50, 98, "Date due"), (160, 98, "March 5, 2025"),
    (50, 130, "Cloudnote, Inc."), (50, 144, "548 Market Street PMB 12345"), (50, 158, "San Francisco, California 94104"),
    (50, 172, "United States"), (50, 186, "billing@cloudnote.io"),
    (300, 130, "Bill to"), (300, 144, "Marta Kowalski"), (300, 158, "Kowalski Design"), (300, 172, "ul. Prosta 20"),
    (300, 186, "00-850 Warszawa"), (300, 200, "Poland"),
    (50, 240, "$49.00 USD due March 5, 2025"),
    (50, 270, "Description"), (330, 270, "Qty"), (390, 270, "Unit price"), (480, 270, "Amount"),
    (50, 286, "Pro plan"), (330, 286, "1"), (390, 286, "$49.00"), (480, 286, "$49.00"),
    (50, 298, "Mar 5 – Apr 5, 2025"),
    (390, 320, "Subtotal"), (480, 320, "$49.00"),
    (390, 334, "Total"), (480, 334, "$49.00"),
    (390, 348, "Amount due"), (480, 348, "$49.00 USD"),
    (50, 780, "8F3A21C7-0005 · $49.00 USD due March 5, 2025 · Page 1 of 1"),
]
EXP["us-saas"] = dict(vendor_name="Cloudnote, Inc.", invoice_number="8F3A21C7-0005", invoice_date="2025-03-05",
                      total=49.0, currency="USD",
                      vendor_address='548 Market Street PMB 12345 San Francisco, California 94104')

# French: the seller at the left, the client's box at the right, VAT at two rates in a table
DOCS["fr-deux-taux"] = [
    (50, 40, "Librairie Papeterie Moreau"), (50, 54, "14 rue des Carmes"), (50, 68, "45000 Orléans"),
    (50, 82, "SIRET 512 345 678 00021 – TVA FR 45 512345678"),
    (330, 120, "Mairie de Saint-Jean-de-Braye"), (330, 134, "Service Culture"), (330, 148, "43 rue de la Mairie"),
    (330, 162, "45800 Saint-Jean-de-Braye"),
    (50, 200, "FACTURE N° FA-2025-0153"), (50, 214, "Date : 03/06/2025"), (50, 228, "Échéance : 03/07/2025"),
    (50, 260, "Désignation"), (300, 260, "Qté"), (350, 260, "PU HT"), (420, 260, "TVA"), (480, 260, "Total HT"),
    (50, 276, "Livres jeunesse (lot)"), (300, 276, "40"), (350, 276, "8,53"), (420, 276, "5,5 %"), (480, 276, "341,20"),
    (50, 290, "Fournitures de bureau"), (300, 290, "1"), (350, 290, "120,00"), (420, 290, "20 %"), (480, 290, "120,00"),
    (300, 320, "Taux"), (350, 320, "Base HT"), (420, 320, "TVA"),
    (300, 334, "5,5 %"), (350, 334, "341,20"), (420, 334, "18,77"),
    (300, 348, "20 %"), (350, 348, "120,00"), (420, 348, "24,00"),
    (350, 372, "Total HT"), (480, 372, "461,20"), (350, 386, "Total TVA"), (480, 386, "42,77"),
    (350, 400, "Net à payer"), (480, 400, "503,97 €"),
    (50, 440, "Règlement par virement – IBAN FR76 3000 4000 0500 0012 3456 789"),
]
EXP["fr-deux-taux"] = dict(vendor_name="Librairie Papeterie Moreau", invoice_number="FA-2025-0153",
                           invoice_date="2025-06-03", total=503.97, tax=42.77, currency="EUR",
                           vendor_address='14 rue des Carmes 45000 Orléans')

# German: cash discount terms print another amount under the total
DOCS["de-skonto"] = [
    (330, 40, "Hartmann Druck & Medien GmbH"), (330, 54, "Gutenbergstraße 9"), (330, 68, "70176 Stuttgart"),
    (330, 82, "www.hartmann-druck.de"),
    (50, 120, "Hartmann Druck & Medien GmbH · Gutenbergstraße 9 · 70176 Stuttgart"),
    (50, 140, "Weinbau Schneider"), (50, 154, "Herrn Thomas Schneider"), (50, 168, "Am Rebhang 4"), (50, 182, "71384 Weinstadt"),
    (330, 140, "Rechnungs-Nr."), (430, 140, "R25-04417"), (330, 154, "Kunden-Nr."), (430, 154, "8812"),
    (330, 168, "Datum"), (430, 168, "12.05.2025"), (330, 182, "Auftrag"), (430, 182, "A25-1190"),
    (50, 230, "Rechnung"),
    (50, 260, "Menge"), (110, 260, "Artikel"), (380, 260, "Preis"), (470, 260, "Betrag"),
    (50, 276, "2.000"), (110, 276, "Flaschenetiketten 90 x 120 mm, 4/0-farbig"), (380, 276, "0,29 €"), (470, 276, "580,00 €"),
    (50, 290, "500"), (110, 290, "Weinkarten A5 gefalzt"), (380, 290, "0,85 €"), (470, 290, "425,00 €"),
    (330, 320, "Summe netto"), (470, 320, "1.005,00 €"), (330, 334, "MwSt. 19 %"), (470, 334, "190,95 €"),
    (330, 348, "Gesamtbetrag"), (470, 348, "1.195,95 €"),
    (50, 390, "Zahlbar bis 26.05.2025 abzüglich 2 % Skonto (1.172,03 €) oder bis 11.06.2025 netto."),
    (50, 780, "Amtsgericht Stuttgart HRB 765432 · USt-IdNr. DE267890123 · Geschäftsführer: K. Hartmann"),
]
EXP["de-skonto"] = dict(vendor_name="Hartmann Druck & Medien GmbH", invoice_number="R25-04417", invoice_date="2025-05-12",
                        total=1195.95, tax=190.95, currency="EUR", customer_name="Weinbau Schneider",
                        vendor_address='Gutenbergstraße 9 70176 Stuttgart')

# Spanish freelancer: IVA added and IRPF withheld in the totals block at the right
DOCS["es-autonomo"] = [
    (50, 40, "Lucía Fernández Ortega"), (50, 54, "NIF 12345678Z"), (50, 68, "C/ Mayor 21, 3º B"), (50, 82, "28013 Madrid"),
    (330, 40, "FACTURA"), (330, 56, "Nº 2025-017"), (330, 70, "Fecha: 28/02/2025"),
    (330, 110, "Cliente:"), (330, 124, "Agencia Creativa Norte, S.L."), (330, 138, "CIF B-87654321"),
    (330, 152, "Gran Vía 45, 28013 Madrid"),
    (50, 200, "Concepto"), (400, 200, "Importe"),
    (50, 216, "Traducción de catálogo (12.000 palabras)"), (400, 216, "960,00 €"),
    (50, 230, "Revisión y maquetación"), (400, 230, "240,00 €"),
    (300, 260, "Base imponible"), (430, 260, "1.200,00 €"), (300, 274, "IVA 21 %"), (430, 274, "252,00 €"),
    (300, 288, "Retención IRPF 15 %"), (430, 288, "-180,00 €"), (300, 302, "TOTAL FACTURA"), (430, 302, "1.272,00 €"),
    (50, 340, "Forma de pago: transferencia a ES91 2100 0418 4502 0005 1332"),
]
EXP["es-autonomo"] = dict(vendor_name="Lucía Fernández Ortega", invoice_number="2025-017", invoice_date="2025-02-28",
                          total=1272.0, tax=252.0, currency="EUR",
                          vendor_address='C/ Mayor 21, 3º B 28013 Madrid')

# Canadian (Quebec): GST and QST both, the totals in a right column
DOCS["ca-quebec"] = [
    (50, 40, "Services Informatiques Laval Inc."), (50, 54, "1200, boul. Saint-Martin Ouest"), (50, 68, "Laval (Québec) H7S 2E4"),
    (50, 82, "TPS/GST : 123456789 RT0001   TVQ/QST : 1234567890 TQ0001"),
    (380, 40, "FACTURE / INVOICE"), (380, 56, "No : SIL-2025-0311"), (380, 70, "Date : 2025-03-11"),
    (50, 120, "Facturer à / Bill to:"), (50, 134, "Clinique Dentaire Dubois"), (50, 148, "55, rue Principale"),
    (50, 162, "Sainte-Thérèse (Québec) J7E 3A1"),
    (50, 200, "Description"), (330, 200, "Qté"), (380, 200, "Prix"), (470, 200, "Montant"),
    (50, 216, "Soutien technique (heures)"), (330, 216, "6"), (380, 216, "95,00 $"), (470, 216, "570,00 $"),
    (50, 230, "Routeur sans fil"), (330, 230, "1"), (380, 230, "189,00 $"), (470, 230, "189,00 $"),
    (380, 260, "Sous-total"), (470, 260, "759,00 $"), (380, 274, "TPS 5 %"), (470, 274, "37,95 $"),
    (380, 288, "TVQ 9,975 %"), (470, 288, "75,71 $"), (380, 302, "Total"), (470, 302, "872,66 $"),
]
EXP["ca-quebec"] = dict(vendor_name="Services Informatiques Laval Inc.", invoice_number="SIL-2025-0311",
                        invoice_date="2025-03-11", total=872.66, tax=113.66, currency="CAD",
                        vendor_address='1200, boul. Saint-Martin Ouest Laval (Québec) H7S 2E4')

# UK: a header row of labels over their values, the balance after a part payment
DOCS["uk-part-paid"] = [
    (50, 40, "Fenwick & Hale Architects LLP"), (50, 54, "21 Castle Street"), (50, 68, "Edinburgh EH2 3DN"),
    (50, 82, "VAT No. GB 987 6543 21"),
    (50, 130, "Invoice to"), (50, 144, "Loch View Hotels Ltd"), (50, 158, "2 Shore Road"), (50, 172, "Oban PA34 4LY"),
    (50, 220, "Invoice number"), (180, 220, "Invoice date"), (300, 220, "Project"), (420, 220, "Terms"),
    (50, 234, "FH-2291"), (180, 234, "31 March 2025"), (300, 234, "Oban extension"), (420, 234, "30 days"),
    (50, 270, "Description"), (470, 270, "Amount"),
    (50, 286, "Stage 3 - technical design (40% of fee)"), (470, 286, "£6,400.00"),
    (300, 320, "Net"), (470, 320, "£6,400.00"), (300, 334, "VAT at 20%"), (470, 334, "£1,280.00"),
    (300, 348, "Invoice total"), (470, 348, "£7,680.00"), (300, 362, "Less paid on account"), (470, 362, "-£2,000.00"),
    (300, 376, "Balance due"), (470, 376, "£5,680.00"),
]
EXP["uk-part-paid"] = dict(vendor_name="Fenwick & Hale Architects LLP", invoice_number="FH-2291", invoice_date="2025-03-31",
                           total=7680.0, tax=1280.0, currency="GBP", customer_name="Loch View Hotels Ltd",
                           vendor_address='21 Castle Street Edinburgh EH2 3DN')

# Italian: the totals in a table whose header is one row (Imponibile  IVA  Totale documento)
DOCS["it-tabella-totali"] = [
    (50, 40, "Officina Meccanica Ferri S.r.l."), (50, 54, "Via dell'Industria 18"), (50, 68, "40138 Bologna (BO)"),
    (50, 82, "P.IVA 01234560377"),
    (330, 120, "Spett.le"), (330, 134, "Trasporti Emiliani S.p.A."), (330, 148, "Via Emilia Ponente 300"),
    (330, 162, "40133 Bologna (BO)"),
    (50, 200, "FATTURA N. 214/2025 del 16/04/2025"),
    (50, 230, "Descrizione"), (300, 230, "Q.tà"), (360, 230, "Prezzo"), (460, 230, "Importo"),
    (50, 246, "Tagliando veicolo FR 512 XY"), (300, 246, "1"), (360, 246, "380,00"), (460, 246, "380,00"),
    (50, 260, "Pastiglie freno anteriori"), (300, 260, "2"), (360, 260, "65,00"), (460, 260, "130,00"),
    (200, 300, "Imponibile"), (300, 300, "IVA 22%"), (400, 300, "Totale documento"),
    (200, 314, "510,00"), (300, 314, "112,20"), (400, 314, "622,20"),
    (50, 350, "Pagamento: bonifico 30 gg d.f."),
]
EXP["it-tabella-totali"] = dict(vendor_name="Officina Meccanica Ferri S.r.l.", invoice_number="214/2025",
                                invoice_date="2025-04-16", total=622.2, tax=112.2, currency="EUR",
                                vendor_address="Via dell'Industria 18 40138 Bologna (BO)")

# blind batch 53: invoices as invoicing software lays them out (Odoo, QuickBooks, Zoho, sevDesk, FreshBooks)
DOCS["odoo-en"] = [
    (50, 40, "YourCompany Robotics"), (50, 54, "250 Executive Park Blvd, Suite 3400"), (50, 68, "San Francisco CA 94134"),
    (50, 82, "United States"),
    (330, 120, "Deco Addict"), (330, 134, "77 Santa Barbara Rd"), (330, 148, "Pleasant Hill CA 94523"), (330, 162, "United States"),
    (50, 200, "Invoice INV/2025/00012"),
    (50, 226, "Invoice Date:"), (180, 226, "Due Date:"), (310, 226, "Source:"),
    (50, 240, "03/15/2025"), (180, 240, "04/14/2025"), (310, 240, "S00012"),
    (50, 270, "Description"), (300, 270, "Quantity"), (370, 270, "Unit Price"), (440, 270, "Taxes"), (500, 270, "Amount"),
    (50, 286, "[FURN_8888] Office Lamp"), (300, 286, "3.00 Units"), (370, 286, "40.00"), (440, 286, "15%"), (500, 286, "$ 120.00"),
    (50, 300, "[FURN_7800] Desk Combination"), (300, 300, "1.00 Units"), (370, 300, "450.00"), (440, 300, "15%"), (500, 300, "$ 450.00"),
    (380, 330, "Untaxed Amount"), (500, 330, "$ 570.00"), (380, 344, "Tax 15%"), (500, 344, "$ 85.50"),
    (380, 358, "Total"), (500, 358, "$ 655.50"),
    (50, 400, "Please use the following communication for your payment: INV/2025/00012"),
    (50, 414, "Payment terms: 30 Days"),
]
EXP["odoo-en"] = dict(vendor_name="YourCompany Robotics", invoice_number="INV/2025/00012", invoice_date="2025-03-15",
                      due_date="2025-04-14", total=655.5, tax=85.5, currency="USD", customer_name="Deco Addict",
                      vendor_address='250 Executive Park Blvd, Suite 3400 San Francisco CA 94134')

DOCS["odoo-fr"] = [
    (50, 40, "Atelier Lumière SAS"), (50, 54, "8 rue du Faubourg Montmartre"), (50, 68, "75009 Paris"), (50, 82, "France"),
    (330, 120, "Hôtel des Arts"), (330, 134, "12 place du Marché"), (330, 148, "69002 Lyon"), (330, 162, "France"),
    (50, 200, "Facture FAC/2025/00034"),
    (50, 226, "Date de facturation :"), (200, 226, "Date d'échéance :"), (350, 226, "Origine :"),
    (50, 240, "18/04/2025"), (200, 240, "18/05/2025"), (350, 240, "S00041"),
    (50, 270, "Description"), (300, 270, "Quantité"), (370, 270, "Prix unitaire"), (440, 270, "Taxes"), (500, 270, "Montant"),
    (50, 286, "Suspension laiton"), (300, 286, "6,00 Unité(s)"), (370, 286, "85,00"), (440, 286, "20%"), (500, 286, "510,00 €"),
    (50, 300, "Pose et raccordement"), (300, 300, "1,00 Unité(s)"), (370, 300, "240,00"), (440, 300, "20%"), (500, 300, "240,00 €"),
    (380, 330, "Montant hors taxes"), (500, 330, "750,00 €"), (380, 344, "TVA 20%"), (500, 344, "150,00 €"),
    (380, 358, "Total"), (500, 358, "900,00 €"),
    (50, 400, "Merci d'utiliser la communication suivante pour votre paiement : FAC/2025/00034"),
    (50, 780, "SIRET 812 345 678 00015 – TVA FR12812345678 – SAS au capital de 10 000 €"),
]
EXP["odoo-fr"] = dict(vendor_name="Atelier Lumière SAS", invoice_number="FAC/2025/00034", invoice_date="2025-04-18",
                      due_date="2025-05-18", total=900.0, tax=150.0, currency="EUR", customer_name="Hôtel des Arts",
                      vendor_address='8 rue du Faubourg Montmartre 75009 Paris')

DOCS["quickbooks"] = [
    (50, 40, "INVOICE"),
    (50, 70, "Summit Plumbing & Heating LLC"), (50, 84, "410 Alpine Way"), (50, 98, "Boulder, CO 80302"),
    (50, 112, "(303) 555-0188"), (50, 126, "office@summitplumbing.com"),
    (50, 160, "BILL TO"), (50, 174, "Flatirons Dental Group"), (50, 188, "2200 Pearl St"), (50, 202, "Boulder, CO 80302"),
    (380, 160, "INVOICE #"), (470, 160, "1047"), (380, 174, "DATE"), (470, 174, "05/02/2025"),
    (380, 188, "DUE DATE"), (470, 188, "06/01/2025"), (380, 202, "TERMS"), (470, 202, "Net 30"),
    (50, 240, "DATE"), (120, 240, "ACTIVITY"), (330, 240, "QTY"), (390, 240, "RATE"), (480, 240, "AMOUNT"),
    (50, 256, "04/28/2025"), (120, 256, "Water heater replacement"), (330, 256, "1"), (390, 256, "1,450.00"), (480, 256, "1,450.00"),
    (50, 270, "04/28/2025"), (120, 270, "Labor (hours)"), (330, 270, "4"), (390, 270, "95.00"), (480, 270, "380.00"),
    (330, 300, "SUBTOTAL"), (480, 300, "1,830.00"), (330, 314, "TAX (4.63%)"), (480, 314, "84.73"),
    (330, 328, "TOTAL"), (480, 328, "1,914.73"), (330, 346, "BALANCE DUE"), (480, 346, "$1,914.73"),
]
EXP["quickbooks"] = dict(vendor_name="Summit Plumbing & Heating LLC", invoice_number="1047", invoice_date="2025-05-02",
                         due_date="2025-06-01", total=1914.73, tax=84.73, currency="USD",
                         customer_name="Flatirons Dental Group",
                         vendor_address='410 Alpine Way Boulder, CO 80302')

DOCS["zoho-in"] = [
    (50, 40, "Kaveri Cloud Services Pvt. Ltd."), (50, 54, "No. 14, 3rd Cross, Indiranagar"), (50, 68, "Bengaluru Karnataka 560038"),
    (50, 82, "GSTIN 29AABCK1234F1Z5"),
    (400, 40, "TAX INVOICE"), (400, 60, "# INV-000231"), (400, 84, "Balance Due"), (400, 98, "Rs.59,000.00"),
    (50, 130, "Bill To"), (50, 144, "Mysore Silks Emporium"), (50, 158, "Sayyaji Rao Road, Mysuru 570001"),
    (50, 172, "GSTIN 29AAFFM5678K1Z2"),
    (330, 130, "Invoice Date :"), (440, 130, "12 May 2025"), (330, 144, "Terms :"), (440, 144, "Net 15"),
    (330, 158, "Due Date :"), (440, 158, "27 May 2025"),
    (50, 200, "#"), (70, 200, "Item & Description"), (330, 200, "Qty"), (380, 200, "Rate"), (480, 200, "Amount"),
    (50, 216, "1"), (70, 216, "Managed hosting - annual"), (330, 216, "1.00"), (380, 216, "50,000.00"), (480, 216, "50,000.00"),
    (380, 250, "Sub Total"), (480, 250, "50,000.00"), (380, 264, "CGST9 (9%)"), (480, 264, "4,500.00"),
    (380, 278, "SGST9 (9%)"), (480, 278, "4,500.00"), (380, 292, "Total"), (480, 292, "Rs.59,000.00"),
    (380, 306, "Balance Due"), (480, 306, "Rs.59,000.00"),
]
EXP["zoho-in"] = dict(vendor_name="Kaveri Cloud Services Pvt. Ltd.", invoice_number="INV-000231", invoice_date="2025-05-12",
                      due_date="2025-05-27", total=59000.0, tax=9000.0, currency="INR", customer_name="Mysore Silks Emporium",
                      vendor_address='No. 14, 3rd Cross, Indiranagar Bengaluru Karnataka 560038')

DOCS["sevdesk-de"] = [
    (50, 120, "Fotostudio Weber · Kastanienallee 12 · 10435 Berlin"),
    (50, 140, "Kita Sonnenschein gGmbH"), (50, 154, "Frau Anna Brandt"), (50, 168, "Schönhauser Allee 80"), (50, 182, "10439 Berlin"),
    (380, 40, "Fotostudio Weber"), (380, 54, "Inh. Lena Weber"), (380, 68, "Kastanienallee 12"), (380, 82, "10435 Berlin"),
    (380, 140, "Rechnungsnr."), (470, 140, "RE-1042"), (380, 154, "Kundennr."), (470, 154, "1008"),
    (380, 168, "Datum"), (470, 168, "06.05.2025"), (380, 182, "Lieferdatum"), (470, 182, "29.04.2025"),
    (50, 230, "Rechnung Nr. RE-1042"),
    (50, 250, "Sehr geehrte Frau Brandt, vielen Dank für Ihren Auftrag."),
    (50, 276, "Pos."), (90, 276, "Beschreibung"), (320, 276, "Menge"), (380, 276, "Einzelpreis"), (470, 276, "Gesamtpreis"),
    (50, 292, "1"), (90, 292, "Gruppenfotos Kita-Fest"), (320, 292, "1 Pauschal"), (380, 292, "350,00 €"), (470, 292, "350,00 €"),
    (50, 306, "2"), (90, 306, "Abzüge 13x18"), (320, 306, "40 Stk."), (380, 306, "1,50 €"), (470, 306, "60,00 €"),
    (330, 336, "Gesamtbetrag netto"), (470, 336, "410,00 €"), (330, 350, "zzgl. Umsatzsteuer 19%"), (470, 350, "77,90 €"),
    (330, 364, "Gesamtbetrag brutto"), (470, 364, "487,90 €"),
    (50, 400, "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer bis zum 20.05.2025."),
    (50, 780, "Fotostudio Weber · Steuernummer 13/123/45678 · USt-IdNr. DE312345678 · IBAN DE89 3704 0044 0532 0130 00"),
]
EXP["sevdesk-de"] = dict(vendor_name="Fotostudio Weber", vendor_address="Kastanienallee 12 10435 Berlin",
                         invoice_number="RE-1042", invoice_date="2025-05-06",
                         total=487.9, tax=77.9, currency="EUR", customer_name="Kita Sonnenschein gGmbH")

DOCS["freshbooks-ca"] = [
    (50, 40, "Maple Leaf Web Studio"), (50, 54, "88 Queen St W"), (50, 68, "Toronto, ON M5H 2M5"), (50, 82, "Canada"),
    (50, 120, "Billed To"), (50, 134, "Lakeshore Yoga Inc."), (50, 148, "1201 Lakeshore Blvd W"), (50, 162, "Toronto, ON M6K 3C2"),
    (220, 120, "Date of Issue"), (220, 134, "05/09/2025"), (220, 160, "Due Date"), (220, 174, "06/08/2025"),
    (350, 120, "Invoice Number"), (350, 134, "0000087"), (350, 160, "Reference"), (350, 174, "Site refresh"),
    (460, 120, "Amount Due (CAD)"), (460, 134, "$2,486.00"),
    (50, 210, "Description"), (320, 210, "Rate"), (390, 210, "Qty"), (470, 210, "Line Total"),
    (50, 226, "Website redesign"), (320, 226, "$2,000.00"), (390, 226, "1"), (470, 226, "$2,000.00"),
    (50, 240, "Hosting setup"), (320, 240, "$200.00"), (390, 240, "1"), (470, 240, "$200.00"),
    (380, 270, "Subtotal"), (470, 270, "2,200.00"), (380, 284, "HST (13%)"), (470, 284, "286.00"),
    (380, 298, "Total"), (470, 298, "2,486.00"), (380, 312, "Amount Paid"), (470, 312, "0.00"),
    (380, 326, "Amount Due (CAD)"), (470, 326, "$2,486.00"),
]
EXP["freshbooks-ca"] = dict(vendor_name="Maple Leaf Web Studio", invoice_number="0000087", invoice_date="2025-05-09",
                            due_date="2025-06-08", total=2486.0, tax=286.0, currency="CAD", customer_name="Lakeshore Yoga Inc.",
                            vendor_address='88 Queen St W Toronto, ON M5H 2M5')

# blind batch 60: as Xero, Wave, Stripe, lexoffice, Holded and Moneybird lay them out (the customer's block at
# the left with an attention line, the sender's at the right; a label over its value past another column's
# rows; gross lines with a withholding)
DOCS["xero-au"] = [
    (50, 40, "TAX INVOICE"),
    (50, 80, "Harbour Joinery Pty Ltd"), (50, 94, "Attention: Accounts"), (50, 108, "12 Wharf St"),
    (50, 122, "NEWCASTLE NSW 2300"),
    (250, 80, "Invoice Date"), (250, 94, "18 Nov 2025"), (250, 116, "Invoice Number"), (250, 130, "INV-0342"),
    (250, 152, "Reference"), (250, 166, "Kitchen fitout"), (250, 188, "ABN"), (250, 202, "48 123 456 789"),
    (400, 80, "Ironbark Carpentry"), (400, 94, "4/55 Industrial Dr"), (400, 108, "MAYFIELD WEST NSW 2304"),
    (400, 122, "AUSTRALIA"),
    (50, 240, "Description"), (300, 240, "Quantity"), (370, 240, "Unit Price"), (440, 240, "GST"), (500, 240, "Amount AUD"),
    (50, 256, "Custom cabinetry - supply and install"), (300, 256, "1.00"), (370, 256, "8,400.00"), (440, 256, "10%"),
    (500, 256, "8,400.00"),
    (50, 270, "Benchtop templating"), (300, 270, "1.00"), (370, 270, "350.00"), (440, 270, "10%"), (500, 270, "350.00"),
    (400, 300, "Subtotal"), (500, 300, "8,750.00"), (400, 314, "TOTAL GST 10%"), (500, 314, "875.00"),
    (400, 334, "TOTAL AUD"), (500, 334, "9,625.00"),
    (50, 380, "Due Date: 2 Dec 2025"),
    (50, 394, "Please pay by bank transfer to BSB 062-000 Account 1234 5678"),
]
EXP["xero-au"] = dict(vendor_name="Ironbark Carpentry", invoice_number="INV-0342", invoice_date="2025-11-18",
                      due_date="2025-12-02", total=9625.0, tax=875.0, currency="AUD",
                      customer_name="Harbour Joinery Pty Ltd",
                      vendor_address='4/55 Industrial Dr MAYFIELD WEST NSW 2304')

DOCS["wave-ca"] = [
    (380, 40, "INVOICE"), (380, 60, "Northern Pixel Studio"), (380, 74, "88 Queen St W"), (380, 88, "Toronto, Ontario M5H 2M5"),
    (380, 102, "Canada"), (380, 116, "HST #: 81234 5678 RT0001"),
    (50, 150, "BILL TO"), (50, 164, "Maple Leaf Bakery Inc."), (50, 178, "Olivia Chen"), (50, 192, "220 King St E"),
    (50, 206, "Toronto, Ontario M5A 1J9"),
    (350, 150, "Invoice Number:"), (470, 150, "27"), (350, 164, "Invoice Date:"), (470, 164, "November 20, 2025"),
    (350, 178, "Payment Due:"), (470, 178, "December 20, 2025"), (350, 192, "Amount Due (CAD):"), (470, 192, "$2,542.50"),
    (50, 240, "Items"), (320, 240, "Quantity"), (400, 240, "Price"), (480, 240, "Amount"),
    (50, 256, "Website redesign"), (320, 256, "1"), (400, 256, "$1,800.00"), (480, 256, "$1,800.00"),
    (50, 270, "Photography (half day)"), (320, 270, "1"), (400, 270, "$450.00"), (480, 270, "$450.00"),
    (380, 300, "Subtotal:"), (480, 300, "$2,250.00"), (380, 314, "HST 13%:"), (480, 314, "$292.50"),
    (380, 328, "Total:"), (480, 328, "$2,542.50"), (380, 346, "Amount Due (CAD):"), (480, 346, "$2,542.50"),
]
EXP["wave-ca"] = dict(vendor_name="Northern Pixel Studio", invoice_number="27", invoice_date="2025-11-20",
                      due_date="2025-12-20", total=2542.5, tax=292.5, currency="CAD",
                      customer_name="Maple Leaf Bakery Inc.",
                      vendor_address='88 Queen St W Toronto, Ontario M5H 2M5 Canada')

DOCS["stripe-us"] = [
    (50, 40, "Invoice"),
    (50, 70, "Invoice number"), (160, 70, "A1B2C3D4-0012"), (50, 84, "Date of issue"), (160, 84, "November 14, 2025"),
    (50, 98, "Date due"), (160, 98, "November 28, 2025"),
    (50, 130, "Brightline Analytics LLC"), (50, 144, "1209 Orange St"), (50, 158, "Wilmington, Delaware 19801"),
    (50, 172, "United States"), (50, 186, "billing@brightline.io"),
    (300, 130, "Bill to"), (300, 144, "Harbor Freight Logistics"), (300, 158, "500 Pier Ave"),
    (300, 172, "Long Beach, California 90802"), (300, 186, "United States"),
    (50, 220, "$1,188.00 USD due November 28, 2025"),
    (50, 250, "Description"), (330, 250, "Qty"), (400, 250, "Unit price"), (490, 250, "Amount"),
    (50, 266, "Analytics Pro (annual)"), (330, 266, "1"), (400, 266, "$1,188.00"), (490, 266, "$1,188.00"),
    (50, 280, "Nov 14, 2025 - Nov 14, 2026"),
    (330, 310, "Subtotal"), (490, 310, "$1,188.00"), (330, 324, "Total"), (490, 324, "$1,188.00"),
    (330, 338, "Amount due"), (490, 338, "$1,188.00 USD"),
]
EXP["stripe-us"] = dict(vendor_name="Brightline Analytics LLC", invoice_number="A1B2C3D4-0012", invoice_date="2025-11-14",
                        due_date="2025-11-28", total=1188.0, currency="USD", customer_name="Harbor Freight Logistics",
                        vendor_address='1209 Orange St Wilmington, Delaware 19801')

DOCS["lexoffice-de"] = [
    (50, 40, "Grünwerk Gartenbau GmbH · Am Anger 3 · 04109 Leipzig"),
    (50, 70, "Bäckerei Sommer OHG"), (50, 84, "Frau Lena Sommer"), (50, 98, "Karl-Liebknecht-Str. 20"), (50, 112, "04107 Leipzig"),
    (380, 70, "Rechnungsnr."), (470, 70, "RE1184"), (380, 84, "Kundennr."), (470, 84, "10023"),
    (380, 98, "Datum"), (470, 98, "21.11.2025"), (380, 112, "Leistungsdatum"), (470, 112, "14.11.2025"),
    (50, 160, "Rechnung Nr. RE1184"),
    (50, 180, "Sehr geehrte Frau Sommer, vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:"),
    (50, 210, "Pos."), (80, 210, "Beschreibung"), (300, 210, "Menge"), (360, 210, "Einheit"), (420, 210, "Einzelpreis"),
    (500, 210, "Gesamtpreis"),
    (50, 226, "1."), (80, 226, "Heckenschnitt"), (300, 226, "6"), (360, 226, "Std."), (420, 226, "48,00 €"), (500, 226, "288,00 €"),
    (50, 240, "2."), (80, 240, "Grünschnittentsorgung"), (300, 240, "1"), (360, 240, "pauschal"), (420, 240, "65,00 €"),
    (500, 240, "65,00 €"),
    (380, 270, "Gesamtbetrag netto"), (500, 270, "353,00 €"), (380, 284, "zzgl. Umsatzsteuer 19%"), (500, 284, "67,07 €"),
    (380, 304, "Gesamtbetrag brutto"), (500, 304, "420,07 €"),
    (50, 340, "Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ab Rechnungseingang ohne Abzüge."),
    (50, 760, "Grünwerk Gartenbau GmbH · Geschäftsführer: Jonas Reuter · Amtsgericht Leipzig HRB 34567"),
    (50, 774, "USt-IdNr.: DE298765432 · IBAN DE12 8605 5592 1090 1234 56 · Sparkasse Leipzig"),
]
EXP["lexoffice-de"] = dict(vendor_name="Grünwerk Gartenbau GmbH", invoice_number="RE1184", invoice_date="2025-11-21",
                           total=420.07, tax=67.07, currency="EUR", customer_name="Bäckerei Sommer OHG",
                           vendor_address='Am Anger 3 04109 Leipzig')

DOCS["holded-es"] = [
    (50, 40, "Estudio Brisa S.L."), (50, 54, "CIF: B87654321"), (50, 68, "Calle de Fuencarral 45, 3ºB"),
    (50, 82, "28004 Madrid"),
    (380, 40, "FACTURA"), (380, 60, "Nº F250087"), (380, 74, "Fecha: 19/11/2025"), (380, 88, "Vencimiento: 19/12/2025"),
    (50, 130, "CLIENTE"), (50, 144, "Librería Olivo S.C."), (50, 158, "NIF: J12345678"), (50, 172, "Calle Larios 8"),
    (50, 186, "29005 Málaga"),
    (50, 230, "CONCEPTO"), (300, 230, "PRECIO"), (370, 230, "UNIDADES"), (440, 230, "SUBTOTAL"), (500, 230, "TOTAL"),
    (50, 246, "Diseño de catálogo"), (300, 246, "900,00€"), (370, 246, "1"), (440, 246, "900,00€"), (500, 246, "1.089,00€"),
    (50, 260, "Maquetación (horas)"), (300, 260, "40,00€"), (370, 260, "10"), (440, 260, "400,00€"), (500, 260, "484,00€"),
    (380, 300, "BASE IMPONIBLE"), (500, 300, "1.300,00€"), (380, 314, "IVA 21%"), (500, 314, "273,00€"),
    (380, 328, "IRPF -15%"), (500, 328, "-195,00€"), (380, 346, "TOTAL"), (500, 346, "1.378,00€"),
    (50, 390, "Forma de pago: Transferencia ES91 2100 0418 4502 0005 1332"),
]
EXP["holded-es"] = dict(vendor_name="Estudio Brisa S.L.", invoice_number="F250087", invoice_date="2025-11-19",
                        due_date="2025-12-19", total=1378.0, tax=273.0, currency="EUR", customer_name="Librería Olivo S.C.",
                        vendor_address='Calle de Fuencarral 45, 3ºB 28004 Madrid')

DOCS["moneybird-nl"] = [
    (380, 40, "Studio Tulp"), (380, 54, "Oudegracht 120"), (380, 68, "3511 AX Utrecht"), (380, 82, "KvK 81234567"),
    (380, 96, "Btw NL003456789B01"), (380, 110, "IBAN NL91 ABNA 0417 1643 00"),
    (50, 120, "Koffiebar De Boon B.V."), (50, 134, "t.a.v. Sanne Visser"), (50, 148, "Lange Nieuwstraat 9"),
    (50, 162, "3512 PA Utrecht"),
    (50, 200, "Factuur"),
    (50, 220, "Factuurnummer"), (160, 220, "2025-0093"), (50, 234, "Factuurdatum"), (160, 234, "24-11-2025"),
    (50, 248, "Vervaldatum"), (160, 248, "08-12-2025"),
    (50, 280, "Aantal"), (100, 280, "Omschrijving"), (400, 280, "Bedrag"), (480, 280, "Totaal"),
    (50, 296, "1"), (100, 296, "Logo ontwerp"), (400, 296, "€ 650,00"), (480, 296, "€ 650,00"),
    (50, 310, "2"), (100, 310, "Menukaart ontwerp"), (400, 310, "€ 175,00"), (480, 310, "€ 350,00"),
    (380, 340, "Subtotaal"), (480, 340, "€ 1.000,00"), (380, 354, "21% btw"), (480, 354, "€ 210,00"),
    (380, 372, "Totaal"), (480, 372, "€ 1.210,00"),
    (50, 410, "Wij verzoeken u vriendelijk het bedrag van € 1.210,00 voor 08-12-2025 over te maken."),
]
EXP["moneybird-nl"] = dict(vendor_name="Studio Tulp", invoice_number="2025-0093", invoice_date="2025-11-24",
                           due_date="2025-12-08", total=1210.0, tax=210.0, currency="EUR", customer_name="Koffiebar De Boon B.V.",
                           vendor_address='Oudegracht 120 3511 AX Utrecht')

# blind batch 65: as Sage 50, Invoice Ninja, Shopify, PayPal, a Word template, Billomat and SumUp lay them out
# (an e-mail line is no name; a balance after a payment with no total printed; Gesamt; a Disc% column)
DOCS["sage50-uk"] = [
    (50, 40, "Kestrel Plumbing Supplies Ltd"), (50, 54, "Unit 3 Canal Side Trading Estate"), (50, 68, "Wolverhampton"),
    (50, 82, "WV2 4NJ"), (50, 96, "Tel: 01902 555123"),
    (420, 40, "INVOICE"),
    (50, 140, "Invoice Address"), (50, 154, "Brookfield Property Maintenance"), (50, 168, "22 Lichfield Road"),
    (50, 182, "Walsall"), (50, 196, "WS1 3HT"),
    (300, 140, "Delivery Address"), (300, 154, "Site 4, Pelsall Lane"), (300, 168, "Walsall"), (300, 182, "WS3 4LG"),
    (430, 140, "Invoice No."), (510, 140, "15832"), (430, 154, "Invoice/Tax Date"), (510, 154, "24/11/2025"),
    (430, 168, "Account Ref."), (510, 168, "BROOK01"), (430, 182, "Your Ref."), (510, 182, "PO 7781"),
    (50, 240, "Quantity"), (110, 240, "Details"), (320, 240, "Unit Price"), (390, 240, "Disc%"), (440, 240, "Net Amt"),
    (510, 240, "VAT"),
    (50, 256, "4.00"), (110, 256, "Copper pipe 15mm x 3m"), (320, 256, "18.50"), (390, 256, "0.00"), (440, 256, "74.00"),
    (510, 256, "14.80"),
    (50, 270, "2.00"), (110, 270, "Combi boiler filter"), (320, 270, "96.00"), (390, 270, "5.00"), (440, 270, "182.40"),
    (510, 270, "36.48"),
    (380, 320, "Total Net Amount"), (500, 320, "256.40"), (380, 334, "Total VAT Amount"), (500, 334, "51.28"),
    (380, 348, "Carriage"), (500, 348, "0.00"), (380, 362, "Invoice Total"), (500, 362, "307.68"),
    (50, 400, "VAT Reg No. 287 4431 06"), (50, 414, "Terms: 30 days net"),
]
EXP["sage50-uk"] = dict(vendor_name="Kestrel Plumbing Supplies Ltd", invoice_number="15832", invoice_date="2025-11-24",
                        total=307.68, tax=51.28, currency="GBP", customer_name="Brookfield Property Maintenance",
                        vendor_address='Unit 3 Canal Side Trading Estate Wolverhampton WV2 4NJ')

DOCS["invoiceninja-us"] = [
    (50, 40, "Copperline Web Co."), (50, 54, "410 Pearl Street"), (50, 68, "Boulder, CO 80302"),
    (50, 82, "hello@copperline.dev"),
    (330, 40, "Invoice Number"), (450, 40, "0042"), (330, 54, "PO Number"), (450, 54, "BK-2025-11"),
    (330, 68, "Invoice Date"), (450, 68, "Nov 10, 2025"), (330, 82, "Due Date"), (450, 82, "Dec 10, 2025"),
    (330, 96, "Balance Due"), (450, 96, "$1,000.00"),
    (50, 130, "Bookhaven Cafe LLC"), (50, 144, "1880 Folsom St"), (50, 158, "Boulder, CO 80302"),
    (50, 200, "Item"), (140, 200, "Description"), (330, 200, "Unit Cost"), (400, 200, "Quantity"), (480, 200, "Line Total"),
    (50, 216, "Design"), (140, 216, "Menu and website design"), (330, 216, "$900.00"), (400, 216, "1"), (480, 216, "$900.00"),
    (50, 230, "Hosting"), (140, 230, "Managed hosting, 12 months"), (330, 230, "$50.00"), (400, 230, "12"),
    (480, 230, "$600.00"),
    (380, 270, "Subtotal"), (480, 270, "$1,500.00"), (380, 284, "Paid to Date"), (480, 284, "$500.00"),
    (380, 298, "Balance Due"), (480, 298, "$1,000.00"),
    (50, 340, "Terms: Net 30. Thank you for your business."),
]
# (its customer, a block under the vendor's with no label, was not read and the vendor flagged, "the header
# names another business too", until batch 73 brought the same layout twice)
EXP["invoiceninja-us"] = dict(vendor_name="Copperline Web Co.", invoice_number="0042", invoice_date="2025-11-10",
                              due_date="2025-12-10", total=1500.0, currency="USD",
                              vendor_address='410 Pearl Street Boulder, CO 80302',
                              customer_name='Bookhaven Cafe LLC',
                              purchase_order='BK-2025-11')

DOCS["shopify-de"] = [
    (50, 40, "Kaffeerösterei Nordlicht"), (50, 54, "Rechnung #1057"), (420, 40, "Bestelldatum: 19. November 2025"),
    (50, 90, "Rechnungsadresse"), (50, 104, "Tobias Brandt"), (50, 118, "Lindenallee 8"), (50, 132, "20259 Hamburg"),
    (50, 146, "Deutschland"),
    (300, 90, "Lieferadresse"), (300, 104, "Tobias Brandt"), (300, 118, "Lindenallee 8"), (300, 132, "20259 Hamburg"),
    (300, 146, "Deutschland"),
    (50, 190, "Artikel"), (330, 190, "Menge"), (400, 190, "Preis"), (490, 190, "Summe"),
    (50, 206, "Espresso Nordlicht 1 kg"), (330, 206, "2"), (400, 206, "24,90 €"), (490, 206, "49,80 €"),
    (50, 220, "Filterkaffee Hygge 500 g"), (330, 220, "1"), (400, 220, "12,50 €"), (490, 220, "12,50 €"),
    (380, 260, "Zwischensumme"), (490, 260, "62,30 €"), (380, 274, "Versand"), (490, 274, "4,90 €"),
    (380, 288, "Steuern (enthalten)"), (380, 302, "MwSt 7%"), (490, 302, "4,40 €"),
    (380, 322, "Gesamt"), (490, 322, "67,20 €"),
    (50, 370, "Kaffeerösterei Nordlicht GmbH · Große Elbstraße 14 · 22767 Hamburg · USt-IdNr. DE298765432"),
]
EXP["shopify-de"] = dict(vendor_name="Kaffeerösterei Nordlicht GmbH", invoice_number="1057", invoice_date="2025-11-19",
                         total=67.2, tax=4.4, currency="EUR", customer_name="Tobias Brandt", tax_included=True,
                         vendor_address='Große Elbstraße 14 22767 Hamburg')

DOCS["paypal-uk"] = [
    (50, 40, "Fern & Fable Illustration"), (50, 54, "Flat 2, 17 Whiteladies Road"), (50, 68, "Bristol BS8 2PH"),
    (50, 82, "United Kingdom"), (50, 96, "studio@fernandfable.co.uk"),
    (430, 40, "INVOICE"),
    (380, 80, "Invoice number"), (480, 80, "0007"), (380, 94, "Invoice date"), (480, 94, "21 Nov 2025"),
    (380, 108, "Payment terms"), (480, 108, "Due on receipt"), (380, 122, "Due date"), (480, 122, "21 Nov 2025"),
    (50, 150, "Bill to"), (50, 164, "Little Owl Press Ltd"), (50, 178, "accounts@littleowlpress.co.uk"),
    (50, 220, "DESCRIPTION"), (330, 220, "QTY"), (400, 220, "PRICE"), (490, 220, "AMOUNT"),
    (50, 236, "Cover illustration, picture book"), (330, 236, "1"), (400, 236, "£750.00"), (490, 236, "£750.00"),
    (50, 250, "Spot illustrations"), (330, 250, "6"), (400, 250, "£60.00"), (490, 250, "£360.00"),
    (380, 290, "Subtotal"), (490, 290, "£1,110.00"), (380, 304, "Discount (10%)"), (490, 304, "-£111.00"),
    (380, 318, "Total"), (490, 318, "£999.00 GBP"), (380, 338, "Amount due"), (490, 338, "£999.00 GBP"),
    (50, 380, "Not VAT registered."),
]
EXP["paypal-uk"] = dict(vendor_name="Fern & Fable Illustration", invoice_number="0007", invoice_date="2025-11-21",
                        due_date="2025-11-21", total=999.0, currency="GBP", customer_name="Little Owl Press Ltd",
                        vendor_address='Flat 2, 17 Whiteladies Road Bristol BS8 2PH')

DOCS["word-template-us"] = [
    (50, 40, "Bluebird Handyman Services"), (50, 54, "Quality work, honest prices"),
    (50, 74, "77 Magnolia Ave"), (50, 88, "Savannah, GA 31401"), (50, 102, "Phone (912) 555-0147"),
    (420, 40, "INVOICE"), (420, 60, "INVOICE # 100"), (420, 74, "DATE: NOVEMBER 3, 2025"),
    (50, 140, "TO:"), (80, 140, "Dana Whitfield"), (80, 154, "Whitfield Realty"), (80, 168, "310 Bull Street"),
    (80, 182, "Savannah, GA 31401"),
    (330, 140, "FOR:"), (370, 140, "Rental unit turnover"), (370, 154, "P.O. # 2291"),
    (50, 220, "DESCRIPTION"), (350, 220, "HOURS"), (420, 220, "RATE"), (490, 220, "AMOUNT"),
    (50, 236, "Drywall patch and paint, two rooms"), (350, 236, "9"), (420, 236, "55.00"), (490, 236, "495.00"),
    (50, 250, "Replace kitchen faucet"), (350, 250, "2"), (420, 250, "55.00"), (490, 250, "110.00"),
    (420, 290, "TOTAL"), (490, 290, "$605.00"),
    (50, 330, "Make all checks payable to Bluebird Handyman Services"),
    (50, 344, "Total due in 15 days. Overdue accounts subject to a service charge of 1% per month."),
    (200, 380, "THANK YOU FOR YOUR BUSINESS!"),
]
EXP["word-template-us"] = dict(vendor_name="Bluebird Handyman Services", invoice_number="100", invoice_date="2025-11-03",
                               total=605.0, currency="USD", customer_name="Dana Whitfield",
                               vendor_address='77 Magnolia Ave Savannah, GA 31401',
                               purchase_order='2291')

DOCS["billomat-de"] = [
    (50, 130, "Holzwerk Baumann e.K. · Sägewerkstr. 9 · 87435 Kempten"),
    (50, 150, "Allgäuer Ferienhof Berger"), (50, 164, "Herrn Stefan Berger"), (50, 178, "Alpweg 4"),
    (50, 192, "87541 Bad Hindelang"),
    (400, 40, "Holzwerk Baumann e.K."), (400, 54, "Sägewerkstr. 9"), (400, 68, "87435 Kempten"),
    (400, 82, "Tel. 0831 555 0190"),
    (380, 150, "Rechnungsnummer"), (480, 150, "RE-2025-0311"), (380, 164, "Kundennummer"), (480, 164, "KD-1187"),
    (380, 178, "Rechnungsdatum"), (480, 178, "25.11.2025"), (380, 192, "Leistungszeitraum"), (480, 192, "10.11.-21.11.2025"),
    (50, 240, "Rechnung RE-2025-0311"),
    (50, 270, "Pos"), (80, 270, "Bezeichnung"), (320, 270, "Menge"), (380, 270, "Einzelpreis"), (470, 270, "Gesamtpreis"),
    (50, 286, "1"), (80, 286, "Lärchenholz-Terrassendielen, verlegt"), (320, 286, "42 m²"), (380, 286, "89,00 €"),
    (470, 286, "3.738,00 €"),
    (50, 300, "2"), (80, 300, "Unterkonstruktion"), (320, 300, "1 psch."), (380, 300, "640,00 €"), (470, 300, "640,00 €"),
    (380, 330, "Netto"), (470, 330, "4.378,00 €"), (380, 344, "zzgl. USt. 19 %"), (470, 344, "831,82 €"),
    (380, 358, "Gesamt"), (470, 358, "5.209,82 €"),
    (50, 400, "Bitte überweisen Sie den Betrag bis zum 09.12.2025 ohne Abzug."),
    (50, 770, "Holzwerk Baumann e.K. · Inh. Franz Baumann · Steuernr. 127/234/56789 · Sparkasse Allgäu · IBAN DE44 7335 0000 0123 4567 89"),
]
EXP["billomat-de"] = dict(vendor_name="Holzwerk Baumann e.K.", invoice_number="RE-2025-0311", invoice_date="2025-11-25",
                          total=5209.82, tax=831.82, currency="EUR", customer_name="Allgäuer Ferienhof Berger",
                          vendor_address='Sägewerkstr. 9 87435 Kempten')

DOCS["sumup-fr"] = [
    (50, 40, "Fleurs de Loire"), (50, 54, "8 quai de la Fosse"), (50, 68, "44000 Nantes"), (50, 82, "SIRET 842 117 903 00015"),
    (50, 96, "N° TVA FR52 842117903"),
    (380, 40, "Facture n° 2025-0042"), (380, 54, "Date de facture : 26/11/2025"), (380, 68, "Date d'échéance : 26/12/2025"),
    (380, 110, "Facturé à"), (380, 124, "Hôtel des Ducs"), (380, 138, "2 rue de Strasbourg"), (380, 152, "44000 Nantes"),
    (50, 200, "Description"), (300, 200, "Qté"), (350, 200, "Prix unitaire HT"), (440, 200, "TVA"), (490, 200, "Total HT"),
    (50, 216, "Composition florale hall, hebdomadaire"), (300, 216, "4"), (350, 216, "85,00 €"), (440, 216, "20 %"),
    (490, 216, "340,00 €"),
    (50, 230, "Livraison"), (300, 230, "4"), (350, 230, "10,00 €"), (440, 230, "20 %"), (490, 230, "40,00 €"),
    (380, 270, "Total HT"), (490, 270, "380,00 €"), (380, 284, "TVA (20 %)"), (490, 284, "76,00 €"),
    (380, 298, "Total TTC"), (490, 298, "456,00 €"),
    (50, 340, "Conditions de paiement : 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal."),
]
EXP["sumup-fr"] = dict(vendor_name="Fleurs de Loire", invoice_number="2025-0042", invoice_date="2025-11-26",
                       due_date="2025-12-26", total=456.0, tax=76.0, currency="EUR", customer_name="Hôtel des Ducs",
                       vendor_address='8 quai de la Fosse 44000 Nantes')

FLAGGED["sage50-uk"] = "items line 2"  # a line's own discount (Disc% 5.00): 2 x 96.00 is not 182.40, unexplained

# blind batch 70: as Square, WooCommerce, Amazon Business, Etsy, Fatture in Cloud, Pennylane, Invoice2go and
# Harvest lay them out: 1 of 8 right before, 3 of the 7 wrong flagged (unflagged: a payment stamp, Zahlung
# erhalten, as the vendor; the vendor's block beside the Customer label as the customer; two customers unread)
DOCS["square-us"] = [
    (230, 40, "Invoice #000118"), (230, 60, "Golden Hour Florals"),
    (50, 100, "Invoice date"), (50, 114, "Nov 17, 2025"), (200, 100, "Due date"), (200, 114, "Dec 1, 2025"),
    (50, 150, "Customer"), (50, 164, "Willow Creek Events"), (50, 178, "events@willowcreek.com"),
    (300, 150, "Golden Hour Florals"), (300, 164, "2210 E Burnside St"), (300, 178, "Portland, OR 97214"),
    (50, 220, "Item"), (380, 220, "Qty"), (480, 220, "Amount"),
    (50, 236, "Centerpieces, seasonal"), (380, 236, "12"), (480, 236, "$540.00"),
    (50, 250, "Bridal bouquet"), (380, 250, "1"), (480, 250, "$185.00"),
    (380, 280, "Subtotal"), (480, 280, "$725.00"), (380, 294, "Total"), (480, 294, "$725.00"),
    (380, 308, "Amount due"), (480, 308, "$725.00"),
]
EXP["square-us"] = dict(vendor_name="Golden Hour Florals", invoice_number="000118", invoice_date="2025-11-17",
                        due_date="2025-12-01", total=725.0, currency="USD", customer_name="Willow Creek Events",
                        vendor_address="2210 E Burnside St Portland, OR 97214")

DOCS["woocommerce-uk"] = [
    (50, 40, "Hebden Yarn Co."), (50, 54, "3 Bridge Gate"), (50, 68, "Hebden Bridge HX7 8EX"),
    (420, 40, "INVOICE"),
    (50, 110, "Eleanor Pryce"), (50, 124, "18 Sycamore Close"), (50, 138, "York YO24 3DT"), (50, 152, "eleanor.pryce@example.co.uk"),
    (350, 110, "Invoice Number:"), (460, 110, "1842"), (350, 124, "Invoice Date:"), (460, 124, "22 November 2025"),
    (350, 138, "Order Number:"), (460, 138, "5517"), (350, 152, "Order Date:"), (460, 152, "21 November 2025"),
    (350, 166, "Payment Method:"), (460, 166, "PayPal"),
    (50, 200, "Product"), (380, 200, "Quantity"), (480, 200, "Price"),
    (50, 216, "Merino DK, Heather (100g)"), (380, 216, "6"), (480, 216, "£51.00"),
    (50, 230, "Bamboo needles 4mm"), (380, 230, "1"), (480, 230, "£6.50"),
    (380, 260, "Subtotal"), (480, 260, "£57.50"), (380, 274, "Shipping"), (480, 274, "£3.95 via Royal Mail"),
    (380, 288, "Total"), (480, 288, "£61.45 (includes £10.24 VAT)"),
]
# (its customer, a block under the letterhead with no label, was not read, unflagged, until batch 73)
EXP["woocommerce-uk"] = dict(vendor_name="Hebden Yarn Co.", invoice_number="1842", invoice_date="2025-11-22",
                             total=61.45, tax=10.24, currency="GBP", tax_included=True,
                             vendor_address='3 Bridge Gate Hebden Bridge HX7 8EX',
                             customer_name='Eleanor Pryce')

DOCS["amazon-business-de"] = [
    (50, 40, "Rechnung"), (400, 40, "Zahlung erhalten"),
    (50, 70, "Verkauft von Amazon EU S.à r.l."), (50, 84, "38 avenue John F. Kennedy, L-1855 Luxemburg"),
    (50, 98, "USt-IdNr. DE814584193"),
    (350, 70, "Rechnungsdatum /Lieferdatum"), (470, 70, "16 November 2025"), (350, 84, "Rechnungsnr."),
    (470, 84, "DE5AB12CDEFG"), (350, 98, "Gesamtbetrag"), (470, 98, "59,90 €"),
    (50, 140, "Rechnungsadresse"), (50, 154, "Praxis Dr. Keller"), (50, 168, "Hauptstr. 21"), (50, 182, "69117 Heidelberg"),
    (300, 140, "Lieferadresse"), (300, 154, "Praxis Dr. Keller"), (300, 168, "Hauptstr. 21"), (300, 182, "69117 Heidelberg"),
    (50, 220, "Beschreibung"), (300, 220, "Menge"), (360, 220, "Stückpreis (ohne USt.)"), (450, 220, "USt. %"),
    (500, 220, "Stückpreis (inkl. USt.)"),
    (50, 236, "Brother TN-2420 Toner"), (300, 236, "1"), (360, 236, "50,34 €"), (450, 236, "19%"), (500, 236, "59,90 €"),
    (300, 270, "Versandkosten"), (500, 270, "0,00 €"),
    (300, 284, "Zwischensumme (ohne USt.)"), (500, 284, "50,34 €"), (300, 298, "USt. insgesamt"), (500, 298, "9,56 €"),
    (300, 312, "Gesamtbetrag"), (500, 312, "59,90 €"),
]
EXP["amazon-business-de"] = dict(vendor_name="Amazon EU S.à r.l.", invoice_number="DE5AB12CDEFG", invoice_date="2025-11-16",
                                 total=59.9, tax=9.56, currency="EUR", customer_name="Praxis Dr. Keller",
                                 vendor_address='38 avenue John F. Kennedy, L-1855 Luxemburg')

DOCS["etsy-us"] = [
    (50, 40, "Order from LittleFernPrints"), (50, 60, "Order #3312874409"),
    (50, 90, "Ship to"), (50, 104, "Maya Thompson"), (50, 118, "55 Harbor View Rd"), (50, 132, "Mystic, CT 06355"),
    (330, 90, "Order date"), (430, 90, "Nov 19, 2025"), (330, 104, "Payment method"), (430, 104, "Etsy Payments"),
    (50, 170, "Botanical print set, A4 (3)"), (330, 170, "1 x $42.00"), (480, 170, "$42.00"),
    (330, 200, "Item total"), (480, 200, "$42.00"), (330, 214, "Shipping total"), (480, 214, "$5.50"),
    (330, 228, "Sales tax"), (480, 228, "$2.66"), (330, 246, "Order total"), (480, 246, "$50.16"),
    (50, 290, "Thanks for supporting LittleFernPrints, an independent shop in Asheville, NC"),
]
EXP["etsy-us"] = dict(vendor_name="LittleFernPrints", invoice_date="2025-11-19", total=50.16, tax=2.66,
                      currency="USD", customer_name="Maya Thompson",
                      vendor_address=None)

DOCS["fattureincloud-it"] = [
    (50, 40, "Studio Grafico Lume di Sara Conti"), (50, 54, "Via dei Mille 18, 40121 Bologna (BO)"),
    (50, 68, "P.IVA 03812450371 - C.F. CNTSRA85M41A944K"),
    (330, 110, "Spett.le"), (330, 124, "Pasticceria Dolce Vita S.r.l."), (330, 138, "Via Emilia 220"),
    (330, 152, "40026 Imola (BO)"), (330, 166, "P.IVA 02984710372"),
    (50, 200, "FATTURA N. 41/2025 del 24/11/2025"),
    (50, 230, "Descrizione"), (330, 230, "Qtà"), (380, 230, "Prezzo"), (450, 230, "IVA"), (500, 230, "Importo"),
    (50, 246, "Restyling logo e immagine coordinata"), (330, 246, "1"), (380, 246, "1.200,00"), (450, 246, "22%"),
    (500, 246, "1.200,00"),
    (380, 280, "Imponibile"), (500, 280, "1.200,00 €"), (380, 294, "IVA 22%"), (500, 294, "264,00 €"),
    (380, 308, "Totale documento"), (500, 308, "1.464,00 €"), (380, 322, "Ritenuta d'acconto 20%"), (500, 322, "-240,00 €"),
    (380, 336, "Netto a pagare"), (500, 336, "1.224,00 €"),
    (50, 380, "Pagamento: bonifico bancario a 30 gg - IBAN IT60 X054 2811 1010 0000 0123 456"),
]
EXP["fattureincloud-it"] = dict(vendor_name="Studio Grafico Lume di Sara Conti", invoice_number="41/2025",
                                invoice_date="2025-11-24", total=1464.0, tax=264.0, currency="EUR",
                                customer_name="Pasticceria Dolce Vita S.r.l.",
                                vendor_address='Via dei Mille 18, 40121 Bologna (BO)')

DOCS["pennylane-fr"] = [
    (50, 40, "Atelier Volute SAS"), (50, 54, "27 rue Oberkampf"), (50, 68, "75011 Paris"),
    (50, 82, "SIREN 902 114 567 - TVA FR38902114567"),
    (380, 40, "Facture"), (380, 60, "N° F-2025-0318"), (380, 74, "Émise le 25/11/2025"), (380, 88, "Échéance 25/12/2025"),
    (50, 130, "Adressée à"), (50, 144, "Le Comptoir des Vosges"), (50, 158, "4 place des Vosges"), (50, 172, "75004 Paris"),
    (50, 210, "Désignation"), (300, 210, "Quantité"), (370, 210, "Prix unitaire HT"), (450, 210, "TVA"), (500, 210, "Total HT"),
    (50, 226, "Mobilier sur mesure - comptoir"), (300, 226, "1"), (370, 226, "3 400,00 €"), (450, 226, "20 %"),
    (500, 226, "3 400,00 €"),
    (370, 260, "Total HT"), (500, 260, "3 400,00 €"), (370, 274, "TVA 20 %"), (500, 274, "680,00 €"),
    (370, 288, "Total TTC"), (500, 288, "4 080,00 €"),
]
EXP["pennylane-fr"] = dict(vendor_name="Atelier Volute SAS", invoice_number="F-2025-0318", invoice_date="2025-11-25",
                           due_date="2025-12-25", total=4080.0, tax=680.0, currency="EUR",
                           customer_name="Le Comptoir des Vosges",
                           vendor_address='27 rue Oberkampf 75011 Paris')

DOCS["invoice2go-au"] = [
    (50, 40, "Coastline Tiling"), (50, 54, "ABN 62 118 445 901"), (50, 68, "0412 555 018"),
    (400, 40, "TAX INVOICE"), (400, 60, "INV0057"),
    (50, 110, "BILL TO"), (50, 124, "Sandra Wu"), (50, 138, "7 Ocean St"), (50, 152, "Bondi NSW 2026"),
    (350, 110, "DATE"), (450, 110, "26/11/2025"), (350, 124, "DUE"), (450, 124, "On receipt"),
    (350, 138, "BALANCE DUE"), (450, 138, "AUD $1,980.00"),
    (50, 190, "DESCRIPTION"), (330, 190, "RATE"), (400, 190, "QTY"), (480, 190, "AMOUNT"),
    (50, 206, "Bathroom floor tiling (labour)"), (330, 206, "$65.00"), (400, 206, "20"), (480, 206, "$1,300.00"),
    (50, 220, "Waterproofing membrane"), (330, 220, "$500.00"), (400, 220, "1"), (480, 220, "$500.00"),
    (380, 250, "SUBTOTAL"), (480, 250, "$1,800.00"), (380, 264, "GST 10%"), (480, 264, "$180.00"),
    (380, 278, "TOTAL"), (480, 278, "$1,980.00"), (380, 292, "BALANCE DUE"), (480, 292, "AUD $1,980.00"),
]
EXP["invoice2go-au"] = dict(vendor_name="Coastline Tiling", invoice_number="INV0057", invoice_date="2025-11-26",
                            total=1980.0, tax=180.0, currency="AUD", customer_name="Sandra Wu",
                            vendor_address=None)

DOCS["harvest-us"] = [
    (50, 40, "INVOICE"),
    (50, 70, "From"), (130, 70, "Quarry Lane Consulting LLC"), (130, 84, "400 S Broadway, Suite 210"),
    (130, 98, "Denver, CO 80209"),
    (50, 120, "Invoice For"), (130, 120, "Summit Outdoor Gear, Inc."), (130, 134, "1500 Wynkoop St"), (130, 148, "Denver, CO 80202"),
    (380, 70, "Invoice ID"), (470, 70, "2025-044"), (380, 84, "Issue Date"), (470, 84, "11/20/2025"),
    (380, 98, "Due Date"), (470, 98, "12/20/2025 (Net 30)"), (380, 112, "Subject"), (470, 112, "Q4 retainer"),
    (50, 180, "Item Type"), (130, 180, "Description"), (340, 180, "Quantity"), (410, 180, "Unit Price"), (490, 180, "Amount"),
    (50, 196, "Service"), (130, 196, "Strategy workshops"), (340, 196, "12.00"), (410, 196, "$175.00"), (490, 196, "$2,100.00"),
    (50, 210, "Service"), (130, 210, "Market research report"), (340, 210, "1.00"), (410, 210, "$1,400.00"),
    (490, 210, "$1,400.00"),
    (410, 240, "Amount Due"), (490, 240, "$3,500.00"),
]
EXP["harvest-us"] = dict(vendor_name="Quarry Lane Consulting LLC", invoice_number="2025-044", invoice_date="2025-11-20",
                         due_date="2025-12-20", total=3500.0, currency="USD", customer_name="Summit Outdoor Gear, Inc.",
                         vendor_address='400 S Broadway, Suite 210, Denver, CO 80209')

FLAGGED["etsy-us"] = "invoice_number is missing"  # an order number, no invoice number


# blind batch 71, cloud, software and telecom bills as Hetzner, OVHcloud, DigitalOcean, Adobe, Atlassian, Deutsche
# Telekom, Slack and KPN lay them out: 4 of 8 right before, 2 of the 4 wrong flagged (a number printed in digit
# groups, the debit date in "Der Rechnungsbetrag wird am ... abgebucht", a salutation's cell, the title's cell
# over the number's, the brand over its own legal name); the three sender lines' addresses were the addressee's
DOCS["hetzner-de"] = [
    (50, 40, "Hetzner Online GmbH · Industriestr. 25 · 91710 Gunzenhausen"),
    (50, 70, "Bergmann Webdesign"), (50, 84, "Jonas Bergmann"), (50, 98, "Lindenweg 7"), (50, 112, "04109 Leipzig"),
    (360, 70, "Rechnung"), (360, 90, "Rechnungsnr.:"), (450, 90, "R0024718853"),
    (360, 104, "Kundennr.:"), (450, 104, "K0658812731"), (360, 118, "Datum:"), (450, 118, "01.11.2025"),
    (50, 160, "Pos."), (80, 160, "Beschreibung"), (330, 160, "Menge"), (390, 160, "Einzelpreis"), (480, 160, "Gesamt"),
    (50, 176, "1"), (80, 176, "Cloud Server CX32 #5523817 (01.10.2025 - 31.10.2025)"), (330, 176, "1"),
    (390, 176, "6,80 €"), (480, 176, "6,80 €"),
    (50, 190, "2"), (80, 190, "Primäre IPv4 #8812331 (01.10.2025 - 31.10.2025)"), (330, 190, "1"),
    (390, 190, "0,50 €"), (480, 190, "0,50 €"),
    (50, 204, "3"), (80, 204, "Storage Box BX11 #412293 (01.11.2025 - 30.11.2025)"), (330, 204, "1"),
    (390, 204, "3,20 €"), (480, 204, "3,20 €"),
    (360, 240, "Summe netto"), (480, 240, "10,50 €"), (360, 254, "USt. 19 %"), (480, 254, "2,00 €"),
    (360, 268, "Summe brutto"), (480, 268, "12,50 €"),
    (50, 310, "Der Betrag wird von Ihrem Konto per SEPA-Lastschrift eingezogen."),
    (50, 380, "Hetzner Online GmbH · Geschäftsführer: Martin Hetzner, Stephan Konvickova, Günther Müller"),
    (50, 394, "Amtsgericht Ansbach HRB 6089 · USt-IdNr. DE812871812 · IBAN DE92 7607 0012 0750 0077 00"),
]
EXP["hetzner-de"] = dict(vendor_name="Hetzner Online GmbH", vendor_address="Industriestr. 25 91710 Gunzenhausen",
                         invoice_number="R0024718853", invoice_date="2025-11-01",
                         total=12.5, tax=2.0, currency="EUR", customer_name="Bergmann Webdesign")

DOCS["ovh-fr"] = [
    (50, 40, "OVH SAS"), (50, 54, "2 rue Kellermann"), (50, 68, "59100 Roubaix - France"),
    (360, 40, "Facture"), (360, 54, "FR58219406"),
    (360, 80, "Date de facturation :"), (470, 80, "05/11/2025"), (360, 94, "Référence client :"), (470, 94, "cm41877-ovh"),
    (50, 120, "Adresse de facturation"), (50, 134, "Atelier Brisson SARL"), (50, 148, "14 rue des Tanneurs"),
    (50, 162, "37000 Tours"), (50, 176, "N° TVA : FR27512339870"),
    (50, 210, "Description"), (300, 210, "Quantité"), (370, 210, "Prix unitaire HT"), (470, 210, "Total HT"),
    (50, 226, "VPS Value 2-4-80 - vps-7d21ab.vps.ovh.net"), (300, 226, "1"), (370, 226, "6,50 €"), (470, 226, "6,50 €"),
    (50, 240, "Nom de domaine brisson-atelier.fr - renouvellement 1 an"), (300, 240, "1"), (370, 240, "7,79 €"),
    (470, 240, "7,79 €"),
    (370, 280, "Total HT"), (470, 280, "14,29 €"), (370, 294, "TVA (20 %)"), (470, 294, "2,86 €"),
    (370, 308, "Total TTC"), (470, 308, "17,15 €"),
    (50, 360, "OVH SAS au capital de 50 000 000 € - RCS Lille Métropole 424 761 419 00045 - TVA FR22424761419"),
]
EXP["ovh-fr"] = dict(vendor_name="OVH SAS", invoice_number="FR58219406", invoice_date="2025-11-05", total=17.15,
                     tax=2.86, currency="EUR", customer_name="Atelier Brisson SARL",
                     vendor_address='2 rue Kellermann 59100 Roubaix - France')

DOCS["digitalocean-us"] = [
    (50, 40, "DigitalOcean"), (400, 40, "Invoice"),
    (50, 70, "DigitalOcean, LLC"), (50, 84, "105 Edgeview Drive, Suite 425"), (50, 98, "Broomfield, CO 80021"),
    (330, 70, "Invoice number:"), (440, 70, "2284519-418"), (330, 84, "Date of issue:"), (440, 84, "November 1, 2025"),
    (330, 98, "Payment due on:"), (440, 98, "November 1, 2025"),
    (50, 130, "Bill to:"), (50, 144, "Ridgeline Analytics Inc."), (50, 158, "740 Pearl St"), (50, 172, "Boulder, CO 80302"),
    (50, 210, "Summary for October 1, 2025 - October 31, 2025"),
    (50, 230, "Droplets"), (480, 230, "$48.00"), (50, 244, "Managed Databases"), (480, 244, "$15.00"),
    (50, 258, "Spaces"), (480, 258, "$5.00"), (50, 272, "Backups"), (480, 272, "$9.60"),
    (330, 300, "Total usage charges"), (480, 300, "$77.60"), (330, 314, "Taxes"), (480, 314, "$2.25"),
    (330, 332, "Total due"), (480, 332, "$79.85"),
    (50, 370, "Amount charged to Mastercard ending in 4417 on November 1, 2025."),
]
EXP["digitalocean-us"] = dict(vendor_name="DigitalOcean, LLC", invoice_number="2284519-418", invoice_date="2025-11-01",
                              total=79.85, tax=2.25, currency="USD", customer_name="Ridgeline Analytics Inc.",
                              vendor_address='105 Edgeview Drive, Suite 425 Broomfield, CO 80021')

DOCS["adobe-ie"] = [
    (50, 40, "Adobe"), (400, 40, "INVOICE"),
    (50, 70, "Adobe Systems Software Ireland Ltd"), (50, 84, "4-6 Riverwalk, Citywest Business Campus"),
    (50, 98, "Dublin 24, Ireland"), (50, 112, "VAT No. IE6364992H"),
    (330, 70, "Invoice Number"), (450, 70, "IEE2025118842"), (330, 84, "Invoice Date"), (450, 84, "14-NOV-2025"),
    (330, 98, "Customer VAT No."), (450, 98, "DE298114532"), (330, 112, "Currency"), (450, 112, "EUR"),
    (50, 150, "Bill To"), (50, 164, "Kaiser & Lehmann Architekten PartG"), (50, 178, "Schillerstraße 44"),
    (50, 192, "60313 Frankfurt am Main"), (50, 206, "Germany"),
    (50, 240, "Product"), (250, 240, "Service Term"), (380, 240, "Qty"), (420, 240, "Net Amount"), (500, 240, "Total"),
    (50, 256, "Creative Cloud All Apps (Teams)"), (250, 256, "14-NOV-2025 to 13-DEC-2025"), (380, 256, "2"),
    (420, 256, "179.98"), (500, 256, "179.98"),
    (330, 290, "Net Amount"), (480, 290, "179.98"), (330, 304, "Taxes (0%)"), (480, 304, "0.00"),
    (330, 318, "Grand Total (EUR)"), (480, 318, "179.98"),
    (50, 350, "Reverse charge: VAT to be accounted for by the recipient."),
]
EXP["adobe-ie"] = dict(vendor_name="Adobe Systems Software Ireland Ltd", invoice_number="IEE2025118842",
                       invoice_date="2025-11-14", total=179.98, currency="EUR",
                       customer_name="Kaiser & Lehmann Architekten PartG",
                       vendor_address='4-6 Riverwalk, Citywest Business Campus Dublin 24, Ireland')

DOCS["atlassian-au"] = [
    (50, 40, "ATLASSIAN"), (400, 40, "Tax Invoice"),
    (50, 70, "Atlassian Pty Ltd"), (50, 84, "Level 6, 341 George Street"), (50, 98, "Sydney NSW 2000, Australia"),
    (50, 112, "ABN 53 102 443 916"),
    (330, 70, "Invoice number"), (450, 70, "IN-004-871-225"), (330, 84, "Invoice date"), (450, 84, "Nov 12, 2025"),
    (330, 98, "Due date"), (450, 98, "Dec 12, 2025"), (330, 112, "Customer number"), (450, 112, "C1-88214"),
    (50, 150, "Bill to"), (50, 164, "Tidewater Logistics Pty Ltd"), (50, 178, "22 Wharf Road"), (50, 192, "Fremantle WA 6160"),
    (50, 230, "Description"), (330, 230, "Users"), (400, 230, "Unit price"), (480, 230, "Amount"),
    (50, 246, "Jira Standard (Cloud) - monthly, Nov 12 - Dec 12, 2025"), (330, 246, "10"), (400, 246, "8.60"),
    (480, 246, "86.00"),
    (50, 260, "Confluence Standard (Cloud) - monthly, Nov 12 - Dec 12, 2025"), (330, 260, "10"), (400, 260, "6.40"),
    (480, 260, "64.00"),
    (380, 290, "Subtotal"), (480, 290, "150.00"), (380, 304, "GST 10%"), (480, 304, "15.00"),
    (380, 318, "Total AUD"), (480, 318, "165.00"), (380, 332, "Amount due AUD"), (480, 332, "165.00"),
]
EXP["atlassian-au"] = dict(vendor_name="Atlassian Pty Ltd", invoice_number="IN-004-871-225", invoice_date="2025-11-12",
                           due_date="2025-12-12", total=165.0, tax=15.0, currency="AUD",
                           customer_name="Tidewater Logistics Pty Ltd",
                           vendor_address='Level 6, 341 George Street Sydney NSW 2000, Australia')

DOCS["telekom-de"] = [
    (50, 40, "Telekom Deutschland GmbH · Landgrabenweg 151 · 53227 Bonn"),
    (50, 70, "Frau"), (50, 84, "Petra Albrecht"), (50, 98, "Eichendorffstr. 3"), (50, 112, "30175 Hannover"),
    (360, 70, "Ihre Rechnung"), (360, 84, "für November 2025"),
    (360, 110, "Datum"), (460, 110, "05.11.2025"), (360, 124, "Kundennummer"), (460, 124, "552 118 9034"),
    (360, 138, "Rechnungsnummer"), (460, 138, "4411 2873 0195"), (360, 152, "Buchungskonto"), (460, 152, "8822 4410 7731"),
    (50, 190, "Rechnungsbetrag"), (460, 190, "54,95 €"),
    (50, 220, "Monatliche Beträge"), (460, 220, "Beträge (€)"),
    (50, 236, "MagentaZuhause L (01.11.-30.11.2025)"), (460, 236, "39,95"),
    (50, 250, "MagentaTV Smart (01.11.-30.11.2025)"), (460, 250, "6,23"),
    (50, 280, "Summe netto"), (460, 280, "46,18"), (50, 294, "Umsatzsteuer 19 %"), (460, 294, "8,77"),
    (50, 308, "Summe brutto"), (460, 308, "54,95"),
    (50, 340, "Der Rechnungsbetrag wird am 12.11.2025 von Ihrem Konto abgebucht."),
    (50, 400, "Telekom Deutschland GmbH · Amtsgericht Bonn HRB 5919 · USt-IdNr. DE 122265872"),
]
EXP["telekom-de"] = dict(vendor_name="Telekom Deutschland GmbH", vendor_address="Landgrabenweg 151 53227 Bonn",
                         invoice_number="4411 2873 0195",
                         invoice_date="2025-11-05", total=54.95, tax=8.77, currency="EUR", customer_name="Petra Albrecht")

DOCS["slack-ie"] = [
    (50, 40, "slack"),
    (50, 70, "Slack Technologies Limited"), (50, 84, "One Park Place, Hatch Street Upper"), (50, 98, "Dublin 2, Ireland"),
    (50, 112, "VAT ID: IE3336483DH"),
    (360, 70, "Invoice"), (360, 90, "Invoice #"), (450, 90, "SL-20251119-0442"), (360, 104, "Invoice Date"),
    (450, 104, "19 Nov 2025"), (360, 118, "Workspace"), (450, 118, "fjordmedia"),
    (50, 150, "Billed To"), (50, 164, "Fjord Media AS"), (50, 178, "Storgata 12"), (50, 192, "0155 Oslo, Norway"),
    (50, 230, "Description"), (330, 230, "Quantity"), (400, 230, "Unit Price"), (480, 230, "Amount"),
    (50, 246, "Slack Pro - Monthly (Nov 19, 2025 - Dec 18, 2025)"), (330, 246, "14"), (400, 246, "€8.25"),
    (480, 246, "€115.50"),
    (380, 280, "Subtotal"), (480, 280, "€115.50"), (380, 294, "VAT (0%)"), (480, 294, "€0.00"),
    (380, 308, "Total"), (480, 308, "€115.50"), (380, 322, "Amount Paid"), (480, 322, "€115.50"),
]
EXP["slack-ie"] = dict(vendor_name="Slack Technologies Limited", invoice_number="SL-20251119-0442",
                       invoice_date="2025-11-19", total=115.5, currency="EUR", customer_name="Fjord Media AS",
                       vendor_address='One Park Place, Hatch Street Upper Dublin 2, Ireland')

DOCS["kpn-nl"] = [
    (50, 40, "KPN"), (50, 60, "KPN B.V. · Postbus 30000 · 2500 GA Den Haag"),
    (50, 90, "De heer M. de Vries"), (50, 104, "Prinsengracht 412"), (50, 118, "1016 JK Amsterdam"),
    (350, 90, "Factuur"), (350, 110, "Factuurdatum"), (450, 110, "12 november 2025"),
    (350, 124, "Factuurnummer"), (450, 124, "7034 5521 886"), (350, 138, "Klantnummer"), (450, 138, "41189207"),
    (50, 180, "Overzicht"), (50, 196, "Vaste kosten november 2025"), (450, 196, "€ 45,00"),
    (50, 210, "Gebruikskosten oktober 2025"), (450, 210, "€ 2,48"),
    (50, 230, "Totaal excl. btw"), (450, 230, "€ 39,24"), (50, 244, "btw 21%"), (450, 244, "€ 8,24"),
    (50, 262, "Totaal te betalen"), (450, 262, "€ 47,48"),
    (50, 300, "Wij schrijven dit bedrag rond 26 november 2025 af van uw rekening."),
    (50, 360, "KPN B.V. · KvK 27124701 · btw NL009292056B01"),
]
EXP["kpn-nl"] = dict(vendor_name="KPN B.V.", vendor_address="Postbus 30000 2500 GA Den Haag", invoice_number="7034 5521 886",
                     invoice_date="2025-11-12", total=47.48,
                     tax=8.24, currency="EUR", customer_name="De heer M. de Vries")


# blind batch 73, invoices as Exact Online, Fortnox, e-conomic, Tripletex, Teamleader, Sellsy, easybill and Bonsai
# lay them out: 2 of 8 right before, 1 of the 6 wrong flagged (the customer's block under the vendor's with no label,
# twice; Fakturaadress; a number with a spaced slash, 2025 / 142; the street across from the name; Issued)
DOCS["exact-nl"] = [
    (50, 40, "Bouwbedrijf De Wit B.V."), (380, 40, "Havenweg 18"), (380, 54, "3542 AE Utrecht"), (380, 68, "030 241 88 10"),
    (50, 110, "Vereniging van Eigenaren Parkzicht"), (50, 124, "t.a.v. de heer J. Bakker"), (50, 138, "Parklaan 2-40"),
    (50, 152, "3581 RA Utrecht"),
    (50, 200, "Factuur"),
    (50, 225, "Factuurnummer"), (160, 225, "Factuurdatum"), (270, 225, "Vervaldatum"), (380, 225, "Uw referentie"),
    (50, 239, "25700412"), (160, 239, "21-11-2025"), (270, 239, "21-12-2025"), (380, 239, "Gevelherstel blok B"),
    (50, 270, "Omschrijving"), (330, 270, "Aantal"), (400, 270, "Prijs"), (480, 270, "Bedrag"),
    (50, 286, "Voegwerk herstellen gevel blok B"), (330, 286, "35,00"), (400, 286, "52,50"), (480, 286, "1.837,50"),
    (50, 300, "Steigerhuur week 46-47"), (330, 300, "2,00"), (400, 300, "306,25"), (480, 300, "612,50"),
    (330, 340, "Totaal excl. BTW"), (480, 340, "2.450,00"), (330, 354, "BTW 21% over 2.450,00"), (480, 354, "514,50"),
    (330, 372, "Totaal incl. BTW"), (480, 372, "EUR 2.964,50"),
    (50, 420, "Wij verzoeken u het bedrag binnen 30 dagen over te maken op NL91 ABNA 0417 1643 00 o.v.v. 25700412."),
    (50, 440, "KvK 30123456 · BTW NL812345678B01"),
]
EXP["exact-nl"] = dict(vendor_name="Bouwbedrijf De Wit B.V.", invoice_number="25700412", invoice_date="2025-11-21",
                       due_date="2025-12-21", total=2964.5, tax=514.5, currency="EUR",
                       customer_name="Vereniging van Eigenaren Parkzicht",
                       vendor_address='Havenweg 18 3542 AE Utrecht')

DOCS["fortnox-se"] = [
    (50, 40, "Snickeri Ek & Son AB"), (400, 40, "Faktura"),
    (330, 70, "Fakturanummer"), (450, 70, "1045"), (330, 84, "Fakturadatum"), (450, 84, "2025-11-14"),
    (330, 98, "Förfallodatum"), (450, 98, "2025-12-14"), (330, 112, "Kundnummer"), (450, 112, "112"),
    (50, 84, "Er referens: Lena Holm"), (50, 98, "Vår referens: Johan Ek"),
    (330, 140, "Fakturaadress"), (330, 154, "Bostadsrättsföreningen Lärkan"), (330, 168, "Lärkgatan 4"),
    (330, 182, "416 64 Göteborg"),
    (50, 220, "Benämning"), (300, 220, "Antal"), (340, 220, "Enhet"), (390, 220, "À-pris"), (470, 220, "Summa"),
    (50, 236, "Byte av entrédörrar, arbete"), (300, 236, "40"), (340, 236, "tim"), (390, 236, "550,00"),
    (470, 236, "22 000,00"),
    (50, 250, "Material enligt offert"), (300, 250, "1"), (340, 250, "st"), (390, 250, "14 000,00"), (470, 250, "14 000,00"),
    (330, 290, "Exkl. moms"), (470, 290, "36 000,00"), (330, 304, "Moms 25%"), (470, 304, "9 000,00"),
    (330, 322, "Att betala SEK"), (470, 322, "45 000,00"),
    (50, 380, "Snickeri Ek & Son AB · Säte Göteborg · Org.nr 556123-4567 · Godkänd för F-skatt · Bankgiro 123-4567"),
]
EXP["fortnox-se"] = dict(vendor_name="Snickeri Ek & Son AB", invoice_number="1045", invoice_date="2025-11-14",
                         due_date="2025-12-14", total=45000.0, tax=9000.0, currency="SEK",
                         customer_name="Bostadsrättsföreningen Lärkan",
                         vendor_address=None)

DOCS["economic-dk"] = [
    (50, 40, "Grafisk Værksted ApS"), (50, 54, "Nørregade 22"), (50, 68, "8000 Aarhus C"), (50, 82, "CVR-nr. 36 12 45 78"),
    (50, 120, "Café Havnen I/S"), (50, 134, "Havnegade 4"), (50, 148, "8000 Aarhus C"),
    (380, 120, "Faktura"), (380, 140, "Fakturanr."), (470, 140, "2231"), (380, 154, "Dato"), (470, 154, "17.11.2025"),
    (380, 168, "Kundenr."), (470, 168, "1042"), (380, 182, "Betalingsbetingelser"), (470, 182, "Netto 14 dage"),
    (50, 220, "Varenr."), (110, 220, "Beskrivelse"), (330, 220, "Antal"), (390, 220, "Enhedspris"), (480, 220, "Beløb"),
    (50, 236, "101"), (110, 236, "Menukort, design og tryk"), (330, 236, "1"), (390, 236, "6.200,00"), (480, 236, "6.200,00"),
    (50, 250, "105"), (110, 250, "Skilte til facade"), (330, 250, "2"), (390, 250, "1.100,00"), (480, 250, "2.200,00"),
    (380, 290, "Subtotal"), (480, 290, "8.400,00"), (380, 304, "Moms 25%"), (480, 304, "2.100,00"),
    (380, 322, "Total DKK"), (480, 322, "10.500,00"),
    (50, 370, "Betales senest 01.12.2025 til reg.nr. 1234 kontonr. 1234567890."),
]
EXP["economic-dk"] = dict(vendor_name="Grafisk Værksted ApS", invoice_number="2231", invoice_date="2025-11-17",
                          total=10500.0, tax=2100.0, currency="DKK", customer_name="Café Havnen I/S",
                          vendor_address='Nørregade 22 8000 Aarhus C')

DOCS["tripletex-no"] = [
    (50, 40, "Fjellvent Rør AS"), (50, 54, "Industrivegen 9"), (50, 68, "2069 Jessheim"),
    (50, 82, "Org.nr 987 654 321 MVA"),
    (380, 40, "FAKTURA"),
    (50, 120, "Borettslaget Solsiden"), (50, 134, "Solsidevegen 12"), (50, 148, "2050 Jessheim"),
    (380, 120, "Fakturanummer"), (470, 120, "10087"), (380, 134, "Fakturadato"), (470, 134, "18.11.2025"),
    (380, 148, "Forfallsdato"), (470, 148, "02.12.2025"), (380, 162, "KID"), (470, 162, "100870012"),
    (50, 200, "Beskrivelse"), (320, 200, "Antall"), (380, 200, "Pris"), (470, 200, "Beløp"),
    (50, 216, "Service ventilasjonsanlegg"), (320, 216, "8"), (380, 216, "700,00"), (470, 216, "5 600,00"),
    (320, 250, "Sum eks. mva"), (470, 250, "5 600,00"), (320, 264, "MVA 25 %"), (470, 264, "1 400,00"),
    (320, 282, "Å betale NOK"), (470, 282, "7 000,00"),
    (50, 330, "Betales til kontonr. 1503.12.34567 innen 02.12.2025. Husk KID ved betaling."),
]
EXP["tripletex-no"] = dict(vendor_name="Fjellvent Rør AS", invoice_number="10087", invoice_date="2025-11-18",
                           due_date="2025-12-02", total=7000.0, tax=1400.0, currency="NOK",
                           customer_name="Borettslaget Solsiden",
                           vendor_address='Industrivegen 9 2069 Jessheim')

DOCS["teamleader-be"] = [
    (50, 40, "Studio Noord BV"), (50, 54, "Vismarkt 12, 2800 Mechelen"), (50, 68, "BTW BE 0712.345.678"),
    (380, 40, "FACTUUR"),
    (330, 90, "Factuurnummer"), (440, 90, "2025 / 142"), (330, 104, "Factuurdatum"), (440, 104, "19/11/2025"),
    (330, 118, "Vervaldag"), (440, 118, "19/12/2025"),
    (50, 110, "Klant"), (50, 124, "Brouwerij Het Anker NV"), (50, 138, "Guido Gezellelaan 49"), (50, 152, "2800 Mechelen"),
    (50, 166, "BTW BE 0403.123.456"),
    (50, 210, "Omschrijving"), (330, 210, "Aantal"), (390, 210, "Eenheidsprijs"), (480, 210, "Totaal"),
    (50, 226, "Fotoreportage brouwerij"), (330, 226, "1"), (390, 226, "1.800,00"), (480, 226, "1.800,00"),
    (50, 240, "Nabewerking en levering beelden"), (330, 240, "1"), (390, 240, "1.200,00"), (480, 240, "1.200,00"),
    (330, 280, "Maatstaf van heffing"), (480, 280, "3.000,00"), (330, 294, "BTW 21%"), (480, 294, "630,00"),
    (330, 312, "Totaal te betalen"), (480, 312, "€ 3.630,00"),
    (50, 360, "Gelieve te betalen met gestructureerde mededeling +++123/4567/89012+++ op BE68 5390 0754 7034."),
]
EXP["teamleader-be"] = dict(vendor_name="Studio Noord BV", invoice_number="2025/142", invoice_date="2025-11-19",
                            due_date="2025-12-19", total=3630.0, tax=630.0, currency="EUR",
                            customer_name="Brouwerij Het Anker NV",
                            vendor_address='Vismarkt 12, 2800 Mechelen')

DOCS["sellsy-fr"] = [
    (50, 40, "Agence Pixel Nord SAS"), (50, 54, "24 rue Nationale"), (50, 68, "59000 Lille"),
    (330, 90, "Société Brassicole du Nord SARL"), (330, 104, "A l'attention de M. Lefebvre"), (330, 118, "3 rue du Houblon"),
    (330, 132, "59800 Lille"),
    (50, 170, "FACTURE N° F-2025-00231"), (50, 186, "Date : 20/11/2025"), (200, 186, "Échéance : 20/12/2025"),
    (50, 220, "Désignation"), (330, 220, "Qté"), (380, 220, "P.U. HT"), (480, 220, "Total HT"),
    (50, 236, "Refonte du site vitrine"), (330, 236, "1"), (380, 236, "3 600,00 €"), (480, 236, "3 600,00 €"),
    (50, 250, "Maintenance (6 mois)"), (330, 250, "6"), (380, 250, "100,00 €"), (480, 250, "600,00 €"),
    (380, 290, "Total HT"), (480, 290, "4 200,00 €"), (380, 304, "TVA 20 %"), (480, 304, "840,00 €"),
    (380, 318, "Total TTC"), (480, 318, "5 040,00 €"), (380, 336, "Net à payer"), (480, 336, "5 040,00 €"),
    (50, 390, "Agence Pixel Nord SAS - Capital de 10 000 € - SIRET 812 345 678 00021 - TVA FR12812345678"),
]
EXP["sellsy-fr"] = dict(vendor_name="Agence Pixel Nord SAS", invoice_number="F-2025-00231", invoice_date="2025-11-20",
                        due_date="2025-12-20", total=5040.0, tax=840.0, currency="EUR",
                        customer_name="Société Brassicole du Nord SARL",
                        vendor_address='24 rue Nationale 59000 Lille')

DOCS["easybill-de"] = [
    (50, 40, "Druckerei Falk e.K. · Am Hafen 3 · 28217 Bremen"),
    (50, 70, "Buchhandlung Lesezeichen GmbH"), (50, 84, "Frau Anja Roth"), (50, 98, "Ostertorsteinweg 21"),
    (50, 112, "28203 Bremen"),
    (380, 40, "Druckerei Falk e.K."), (380, 54, "Am Hafen 3"), (380, 68, "28217 Bremen"), (380, 82, "Tel. 0421 556677"),
    (50, 160, "Rechnung Nr. RE-2025-0412"),
    (380, 140, "Rechnungsdatum: 21.11.2025"), (380, 154, "Leistungsdatum: 21.11.2025"), (380, 168, "Kundennr.: 10233"),
    (50, 200, "Pos."), (80, 200, "Bezeichnung"), (320, 200, "Menge"), (380, 200, "Einzelpreis"), (470, 200, "Gesamt"),
    (50, 216, "1"), (80, 216, "Lesezeichen, 4/4-farbig, 350 g"), (320, 216, "5.000"), (380, 216, "0,15 €"),
    (470, 216, "750,00 €"),
    (50, 230, "2"), (80, 230, "Flyer DIN lang, 135 g"), (320, 230, "2.500"), (380, 230, "0,20 €"), (470, 230, "500,00 €"),
    (380, 270, "Nettobetrag"), (470, 270, "1.250,00 €"), (380, 284, "zzgl. 19% USt."), (470, 284, "237,50 €"),
    (380, 302, "Rechnungsbetrag"), (470, 302, "1.487,50 €"),
    (50, 350, "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
    (50, 400, "Inhaber: Thomas Falk · USt-IdNr. DE311223344 · Sparkasse Bremen IBAN DE12 2905 0101 0001 2345 67"),
]
EXP["easybill-de"] = dict(vendor_name="Druckerei Falk e.K.", vendor_address="Am Hafen 3 28217 Bremen",
                          invoice_number="RE-2025-0412", invoice_date="2025-11-21", total=1487.5, tax=237.5,
                          currency="EUR", customer_name="Buchhandlung Lesezeichen GmbH")

DOCS["bonsai-us"] = [
    (50, 40, "INVOICE"), (400, 40, "#0023"),
    (50, 80, "From"), (50, 94, "Priya Raman Design"), (50, 108, "priya@priyaraman.design"), (50, 122, "Oakland, CA 94612"),
    (300, 80, "To"), (300, 94, "Lumen Health Inc."), (300, 108, "ap@lumenhealth.com"), (300, 122, "San Mateo, CA 94401"),
    (50, 160, "Issued"), (50, 174, "Nov 21, 2025"), (200, 160, "Due"), (200, 174, "Dec 5, 2025"),
    (50, 210, "Description"), (330, 210, "Qty"), (390, 210, "Rate"), (480, 210, "Amount"),
    (50, 226, "Brand identity - phase 2"), (330, 226, "1"), (390, 226, "$3,500.00"), (480, 226, "$3,500.00"),
    (50, 240, "Illustration set (12 spot illustrations)"), (330, 240, "12"), (390, 240, "$75.00"), (480, 240, "$900.00"),
    (390, 280, "Subtotal"), (480, 280, "$4,400.00"), (390, 294, "Total"), (480, 294, "$4,400.00"),
    (390, 312, "Amount due"), (480, 312, "$4,400.00 USD"),
]
EXP["bonsai-us"] = dict(vendor_name="Priya Raman Design", invoice_number="0023", invoice_date="2025-11-21",
                        due_date="2025-12-05", total=4400.0, currency="USD", customer_name="Lumen Health Inc.",
                        vendor_address='Oakland, CA 94612')


# blind batch 76, energy, water and phone bills (a balance brought forward, payments deducted, a refund, an amount
# due that is not the bill's own total): 2 of 8 right before, 5 of the 6 wrong flagged (the addressee's block,
# Ms Hannah Clarke over her address, read as the vendor four times; a bill's title beside the brand; Titular;
# Total Amount Due over Total Current Charges). The vendor's address is left out where only the footer prints it.
DOCS["uk-octopus"] = [
    (50, 40, "octopus energy"), (380, 40, "Your energy bill"),
    (380, 60, "Bill date"), (470, 60, "22 November 2025"), (380, 74, "Bill number"), (470, 74, "0194-22871"),
    (380, 88, "Account"), (470, 88, "A-3F9C21D7"),
    (50, 110, "Ms Hannah Clarke"), (50, 124, "14 Elm Grove"), (50, 138, "Reading RG1 4QT"),
    (50, 180, "Balance from your last bill"), (470, 180, "£12.40"), (50, 194, "Payments received"), (470, 194, "-£12.40"),
    (50, 214, "Electricity charges"), (470, 214, "£61.27"), (50, 228, "Gas charges"), (470, 228, "£48.93"),
    (50, 246, "Total charges for this period (incl. VAT)"), (470, 246, "£110.20"),
    (50, 260, "VAT at 5%"), (470, 260, "£5.25"),
    (50, 280, "Balance to pay"), (470, 280, "£110.20"),
    (50, 400, "Octopus Energy Ltd, UK House, 164-182 Oxford Street, London W1D 1NN. Registered in England No. 09263424."),
]
EXP["uk-octopus"] = dict(vendor_name="Octopus Energy Ltd", invoice_number="0194-22871", invoice_date="2025-11-22",
                         total=110.2, tax=5.25, currency="GBP", customer_name="Ms Hannah Clarke")

DOCS["fr-edf"] = [
    (50, 40, "EDF"), (380, 40, "Facture du 18/11/2025"), (380, 54, "N° de facture 10123456789"),
    (380, 68, "Référence client 6 012 345 678"),
    (50, 100, "M. Julien Morel"), (50, 114, "12 rue des Lilas"), (50, 128, "31000 Toulouse"),
    (50, 170, "Montant total TTC de votre facture"), (470, 170, "86,42 €"), (50, 184, "Dont TVA"), (470, 184, "14,40 €"),
    (50, 198, "Déjà payé par prélèvements"), (470, 198, "-80,00 €"),
    (50, 216, "Reste à payer"), (470, 216, "6,42 €"), (50, 230, "À régler avant le 03/12/2025"),
    (50, 400, "EDF SA - 22-30 avenue de Wagram - 75382 Paris cedex 08 - RCS Paris 552 081 317"),
]
EXP["fr-edf"] = dict(vendor_name="EDF SA", invoice_number="10123456789", invoice_date="2025-11-18", total=86.42,
                     tax=14.4, currency="EUR", customer_name="M. Julien Morel", amount_due=6.42,
                     vendor_address='22-30 avenue de Wagram 75382 Paris cedex 08')

DOCS["nl-vattenfall"] = [
    (50, 40, "Vattenfall"), (380, 40, "Jaarnota"),
    (380, 60, "Factuurnummer"), (470, 60, "30145678912"), (380, 74, "Factuurdatum"), (470, 74, "15 november 2025"),
    (50, 100, "De heer P. Jansen"), (50, 114, "Kastanjelaan 8"), (50, 128, "3533 AB Utrecht"),
    (50, 170, "Totaal energiekosten (incl. btw)"), (470, 170, "€ 1.482,60"),
    (50, 184, "waarvan btw 21%"), (470, 184, "€ 257,31"),
    (50, 198, "Betaalde termijnbedragen"), (470, 198, "- € 1.560,00"),
    (50, 216, "U ontvangt van ons terug"), (470, 216, "€ 77,40"),
    (50, 400, "Vattenfall Klantenservice N.V. · Postbus 41920 · 1009 DC Amsterdam · KvK 33292246"),
]
EXP["nl-vattenfall"] = dict(vendor_name="Vattenfall Klantenservice N.V.", invoice_number="30145678912",
                            invoice_date="2025-11-15", total=1482.6, tax=257.31, currency="EUR",
                            customer_name="De heer P. Jansen",
                            vendor_address='Postbus 41920 1009 DC Amsterdam')

DOCS["us-pge"] = [
    (50, 40, "Pacific Gas and Electric Company"), (380, 40, "ENERGY STATEMENT"),
    (380, 60, "Statement Date:"), (470, 60, "11/20/2025"), (380, 74, "Account No:"), (470, 74, "1234567890-1"),
    (380, 88, "Due Date:"), (470, 88, "12/11/2025"),
    (50, 100, "JAMES WU"), (50, 114, "88 ASH ST"), (50, 128, "OAKLAND CA 94607"),
    (50, 170, "Amount Due on Previous Statement"), (470, 170, "$142.18"),
    (50, 184, "Payment(s) Received Since Last Statement"), (470, 184, "$0.00"),
    (50, 198, "Previous Unpaid Balance"), (470, 198, "$142.18"),
    (50, 216, "Current Electric Charges"), (470, 216, "$96.54"), (50, 230, "Current Gas Charges"), (470, 230, "$41.20"),
    (50, 244, "Total Current Charges"), (470, 244, "$137.74"),
    (50, 262, "Total Amount Due"), (470, 262, "$279.92"),
    (50, 400, "Pacific Gas and Electric Company, P.O. Box 997300, Sacramento, CA 95899-7300"),
]
EXP["us-pge"] = dict(vendor_name="Pacific Gas and Electric Company", invoice_date="2025-11-20", due_date="2025-12-11",
                     total=137.74, currency="USD", customer_name="JAMES WU", amount_due=279.92)

DOCS["au-agl"] = [
    (50, 40, "AGL Sales Pty Limited"), (50, 54, "ABN 88 090 538 337"), (380, 40, "Tax Invoice"),
    (380, 60, "Issue date"), (470, 60, "19 Nov 2025"), (380, 74, "Invoice number"), (470, 74, "81234567"),
    (380, 88, "Account number"), (470, 88, "4000 1234 567"),
    (50, 100, "MR LIAM NGUYEN"), (50, 114, "5 BAY ST"), (50, 128, "BRIGHTON VIC 3186"),
    (50, 170, "Electricity supply charges"), (470, 170, "$41.80"), (50, 184, "Electricity usage charges"),
    (470, 184, "$172.76"),
    (50, 204, "Total amount due"), (470, 204, "$214.56"), (50, 218, "Pay by 9 Dec 2025"),
    (50, 232, "Includes GST of"), (470, 232, "$19.51"),
]
EXP["au-agl"] = dict(vendor_name="AGL Sales Pty Limited", invoice_number="81234567", invoice_date="2025-11-19",
                     total=214.56, tax=19.51, currency="AUD", customer_name="MR LIAM NGUYEN",
                     vendor_address=None)

DOCS["es-iberdrola"] = [
    (50, 40, "Iberdrola Clientes, S.A.U."), (50, 54, "C/ Tomás Redondo 1, 28033 Madrid - CIF A95758389"),
    (380, 40, "FACTURA"), (380, 60, "Nº factura:"), (470, 60, "21250987654321"),
    (380, 74, "Fecha emisión:"), (470, 74, "20/11/2025"),
    (380, 88, "Periodo:"), (470, 88, "16/10/2025 - 15/11/2025"),
    (50, 100, "Titular"), (50, 114, "Alberto Ruiz Gómez"), (50, 128, "C/ Alcalá 120, 3º A"), (50, 142, "28009 Madrid"),
    (50, 180, "Energía"), (470, 180, "48,32 €"), (50, 194, "Potencia"), (470, 194, "12,10 €"),
    (50, 208, "Impuesto electricidad"), (470, 208, "3,09 €"), (50, 222, "Alquiler equipos"), (470, 222, "0,81 €"),
    (50, 236, "IVA 21%"), (470, 236, "13,51 €"),
    (50, 254, "TOTAL IMPORTE FACTURA"), (470, 254, "77,83 €"),
]
EXP["es-iberdrola"] = dict(vendor_name="Iberdrola Clientes, S.A.U.", invoice_number="21250987654321",
                           invoice_date="2025-11-20", total=77.83, tax=13.51, currency="EUR",
                           customer_name="Alberto Ruiz Gómez",
                           vendor_address='C/ Tomás Redondo 1, 28033 Madrid')

DOCS["it-enel"] = [
    (50, 40, "Enel Energia S.p.A."), (50, 54, "Viale Regina Margherita 125 - 00198 Roma"), (380, 40, "Bolletta"),
    (380, 60, "Bolletta n."), (470, 60, "004512345678"), (380, 74, "del"), (470, 74, "21/11/2025"),
    (50, 100, "Giulia Conti"), (50, 114, "Via Po 14"), (50, 128, "10123 Torino"),
    (50, 170, "Totale da pagare"), (470, 170, "92,40 €"), (50, 184, "entro il 11/12/2025"),
    (50, 198, "di cui IVA 10%"), (470, 198, "8,40 €"),
]
EXP["it-enel"] = dict(vendor_name="Enel Energia S.p.A.", invoice_number="004512345678", invoice_date="2025-11-21",
                      total=92.4, tax=8.4, currency="EUR", customer_name="Giulia Conti",
                      vendor_address='Viale Regina Margherita 125 - 00198 Roma')

DOCS["de-vodafone"] = [
    (50, 40, "Vodafone GmbH · Ferdinand-Braun-Platz 1 · 40549 Düsseldorf"),
    (50, 70, "Herrn Max Weber"), (50, 84, "Talstraße 9"), (50, 98, "70188 Stuttgart"),
    (380, 70, "Rechnung"), (380, 90, "Rechnungsdatum"), (470, 90, "20.11.2025"),
    (380, 104, "Rechnungsnummer"), (470, 104, "123456789012"), (380, 118, "Kundennummer"), (470, 118, "112233445"),
    (50, 160, "Monatliche Grundgebühren"), (470, 160, "28,24"), (50, 174, "Verbindungen"), (470, 174, "2,10"),
    (50, 192, "Summe (netto)"), (470, 192, "30,34"), (50, 206, "USt. 19 %"), (470, 206, "5,76"),
    (50, 224, "Rechnungsbetrag"), (470, 224, "36,10 €"),
    (50, 260, "Der Rechnungsbetrag wird am 28.11.2025 von Ihrem Konto abgebucht."),
]
EXP["de-vodafone"] = dict(vendor_name="Vodafone GmbH", vendor_address="Ferdinand-Braun-Platz 1 40549 Düsseldorf",
                          invoice_number="123456789012", invoice_date="2025-11-20", total=36.1, tax=5.76,
                          currency="EUR", customer_name="Herrn Max Weber")
FLAGGED["us-pge"] = "invoice_number is missing"  # a statement: its account number, no invoice number


# blind batch 77, hotel folios and car rentals (arrival and departure, nightly rows, payments leaving a zero
# balance): 3 of 8 right before, 1 of the 5 wrong flagged (the guest's company block under the hotel's read as the
# vendor, the folio's Date column taken for its date, a title beside the brand, Ireland's UC, Receipt ID, Guest:)
DOCS["marriott-us"] = [
    (50, 40, "COURTYARD BY MARRIOTT"), (50, 54, "Boston Downtown"), (50, 68, "275 Tremont St, Boston, MA 02116"),
    (380, 40, "GUEST FOLIO"),
    (380, 60, "Folio No."), (470, 60, "48213"), (380, 74, "Room"), (470, 74, "812"),
    (380, 88, "Arrival"), (470, 88, "11/17/25"), (380, 102, "Departure"), (470, 102, "11/20/25"),
    (50, 110, "Mr. Daniel Price"), (50, 124, "41 Elm St"), (50, 138, "Hartford, CT 06103"),
    (50, 180, "Date"), (110, 180, "Description"), (400, 180, "Charges"), (480, 180, "Credits"),
    (50, 196, "11/17/25"), (110, 196, "Room Charge"), (400, 196, "189.00"),
    (50, 210, "11/17/25"), (110, 210, "Occupancy Tax"), (400, 210, "27.03"),
    (50, 224, "11/18/25"), (110, 224, "Room Charge"), (400, 224, "189.00"),
    (50, 238, "11/18/25"), (110, 238, "Occupancy Tax"), (400, 238, "27.03"),
    (50, 252, "11/19/25"), (110, 252, "Room Charge"), (400, 252, "189.00"),
    (50, 266, "11/19/25"), (110, 266, "Occupancy Tax"), (400, 266, "27.03"),
    (50, 280, "11/19/25"), (110, 280, "Restaurant"), (400, 280, "42.50"),
    (50, 294, "11/20/25"), (110, 294, "Visa ****4417"), (480, 294, "690.59"),
    (110, 316, "Total"), (400, 316, "690.59"), (480, 316, "690.59"),
    (110, 330, "Balance Due"), (480, 330, "0.00"),
]
EXP["marriott-us"] = dict(vendor_name="COURTYARD BY MARRIOTT", invoice_number="48213", invoice_date="2025-11-20",
                          total=690.59, currency="USD", customer_name="Mr. Daniel Price",
                          vendor_address='275 Tremont St, Boston, MA 02116')

DOCS["hilton-de"] = [
    (50, 40, "Hilton Munich Park"), (50, 54, "Am Tucherpark 7"), (50, 68, "80538 München"),
    (380, 40, "Rechnung"), (380, 60, "Rechnungsnr."), (470, 60, "771204"), (380, 74, "Datum"), (470, 74, "21.11.2025"),
    (380, 88, "Anreise"), (470, 88, "18.11.2025"), (380, 102, "Abreise"), (470, 102, "21.11.2025"),
    (380, 116, "Zimmer"), (470, 116, "514"),
    (50, 110, "Vogel Consulting GmbH"), (50, 124, "z. Hd. Frau Dr. Anna Vogel"), (50, 138, "Leopoldstr. 10"),
    (50, 152, "80802 München"),
    (50, 190, "Datum"), (120, 190, "Leistung"), (470, 190, "Betrag"),
    (50, 206, "18.11.2025"), (120, 206, "Übernachtung"), (470, 206, "159,00"),
    (50, 220, "18.11.2025"), (120, 220, "Frühstück"), (470, 220, "29,00"),
    (50, 234, "19.11.2025"), (120, 234, "Übernachtung"), (470, 234, "159,00"),
    (50, 248, "19.11.2025"), (120, 248, "Frühstück"), (470, 248, "29,00"),
    (50, 262, "20.11.2025"), (120, 262, "Übernachtung"), (470, 262, "159,00"),
    (50, 276, "20.11.2025"), (120, 276, "Frühstück"), (470, 276, "29,00"),
    (120, 300, "Gesamtbetrag"), (470, 300, "564,00 €"),
    (120, 314, "MwSt 7% auf 477,00"), (470, 314, "31,21"), (120, 328, "MwSt 19% auf 87,00"), (470, 328, "13,89"),
    (120, 346, "Zahlung Mastercard"), (470, 346, "-564,00"), (120, 360, "Saldo"), (470, 360, "0,00"),
]
EXP["hilton-de"] = dict(vendor_name="Hilton Munich Park", invoice_number="771204", invoice_date="2025-11-21",
                        total=564.0, tax=45.1, currency="EUR", customer_name="Vogel Consulting GmbH",
                        vendor_address='Am Tucherpark 7 80538 München')

DOCS["sixt-de"] = [
    (50, 40, "Sixt GmbH & Co Autovermietung KG"), (50, 54, "Zugspitzstraße 1, 82049 Pullach"),
    (380, 40, "Rechnung"), (380, 60, "Rechnung Nr."), (470, 60, "9300123456"),
    (380, 74, "Rechnungsdatum"), (470, 74, "22.11.2025"), (380, 88, "Mietvertrag"), (470, 88, "9712345678"),
    (50, 110, "Kunde"), (50, 124, "Herr Tobias Lang"), (50, 138, "Birkenweg 3"), (50, 152, "85354 Freising"),
    (50, 180, "Anmietung 19.11.2025 08:00 München Flughafen"), (50, 194, "Rückgabe 22.11.2025 10:15 München Flughafen"),
    (50, 220, "Leistung"), (330, 220, "Menge"), (390, 220, "Preis"), (470, 220, "Betrag"),
    (50, 236, "Zeitmiete (Tage)"), (330, 236, "3"), (390, 236, "54,90"), (470, 236, "164,70"),
    (50, 250, "Vollkasko ohne SB (Tage)"), (330, 250, "3"), (390, 250, "19,90"), (470, 250, "59,70"),
    (50, 264, "Flughafengebühr"), (330, 264, "1"), (390, 264, "28,00"), (470, 264, "28,00"),
    (380, 300, "Nettobetrag"), (470, 300, "252,40 €"), (380, 314, "MwSt 19%"), (470, 314, "47,96 €"),
    (380, 328, "Gesamtbetrag"), (470, 328, "300,36 €"),
]
EXP["sixt-de"] = dict(vendor_name="Sixt GmbH & Co Autovermietung KG", invoice_number="9300123456",
                      invoice_date="2025-11-22", total=300.36, tax=47.96, currency="EUR",
                      customer_name="Herr Tobias Lang",
                      vendor_address='Zugspitzstraße 1, 82049 Pullach')

DOCS["hertz-uk"] = [
    (50, 40, "Hertz"), (380, 40, "TAX INVOICE"),
    (380, 60, "Invoice No:"), (470, 60, "712345678"), (380, 74, "Rental Agreement:"), (470, 74, "654321987"),
    (380, 88, "Invoice Date:"), (470, 88, "23/11/2025"),
    (50, 110, "Bill To:"), (50, 124, "Northwind Traders Ltd"), (50, 138, "4 King Street"), (50, 152, "Manchester M2 4LQ"),
    (50, 180, "Pick-up: London Heathrow T5, 20/11/2025 09:30"), (50, 194, "Return: London Heathrow T5, 23/11/2025 08:45"),
    (50, 220, "Description"), (470, 220, "Amount"),
    (50, 236, "Time & Mileage, 3 days @ £42.00"), (470, 236, "£126.00"),
    (50, 250, "Collision Damage Waiver, 3 days @ £15.00"), (470, 250, "£45.00"),
    (50, 264, "Premium Location Fee"), (470, 264, "£18.00"), (50, 278, "Fuel Purchase Option"), (470, 278, "£65.00"),
    (380, 306, "Subtotal"), (470, 306, "£254.00"), (380, 320, "VAT 20%"), (470, 320, "£50.80"),
    (380, 334, "Total"), (470, 334, "£304.80"),
    (50, 400, "Hertz (U.K.) Limited, Hertz House, 11 Vine Street, Uxbridge UB8 1QE. Registered in England 597994."),
]
EXP["hertz-uk"] = dict(vendor_name="Hertz (U.K.) Limited", invoice_number="712345678", invoice_date="2025-11-23",
                       total=304.8, tax=50.8, currency="GBP", customer_name="Northwind Traders Ltd")

DOCS["airbnb"] = [
    (50, 40, "airbnb"), (380, 40, "Receipt"),
    (380, 60, "Receipt ID:"), (470, 60, "RCKZ8M2P4Q"), (380, 74, "Date:"), (470, 74, "Nov 22, 2025"),
    (50, 100, "Lisbon - Apartment with river view"), (50, 114, "Check-in: Mon, Nov 17, 2025"),
    (50, 128, "Checkout: Thu, Nov 20, 2025"),
    (50, 160, "€95.00 x 3 nights"), (470, 160, "€285.00"), (50, 174, "Cleaning fee"), (470, 174, "€40.00"),
    (50, 188, "Airbnb service fee"), (470, 188, "€45.88"), (50, 202, "Occupancy taxes"), (470, 202, "€12.00"),
    (50, 222, "Total (EUR)"), (470, 222, "€382.88"),
    (50, 240, "Paid with Visa ••••4242 on Nov 12, 2025"), (470, 240, "€382.88"),
    (50, 400, "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland. VAT IE9827384L"),
]
EXP["airbnb"] = dict(vendor_name="Airbnb Ireland UC", invoice_number="RCKZ8M2P4Q", invoice_date="2025-11-22",
                     total=382.88, currency="EUR")

DOCS["ibis-fr"] = [
    (50, 40, "ibis Paris Gare de Lyon Diderot"), (50, 54, "31 bis boulevard Diderot"), (50, 68, "75012 Paris"),
    (380, 40, "FACTURE N° 2025-118842"), (380, 54, "Date : 21/11/2025"),
    (380, 74, "Arrivée : 19/11/2025"), (380, 88, "Départ : 21/11/2025"), (380, 102, "Chambre : 407"),
    (50, 110, "Société Lemaire SAS"), (50, 124, "8 rue de la Paix"), (50, 138, "75002 Paris"),
    (50, 180, "Désignation"), (330, 180, "Qté"), (390, 180, "P.U. TTC"), (470, 180, "Montant TTC"),
    (50, 196, "Hébergement (nuits)"), (330, 196, "2"), (390, 196, "98,00"), (470, 196, "196,00"),
    (50, 210, "Petit-déjeuner"), (330, 210, "2"), (390, 210, "13,50"), (470, 210, "27,00"),
    (50, 224, "Taxe de séjour"), (330, 224, "2"), (390, 224, "2,88"), (470, 224, "5,76"),
    (380, 260, "Total TTC"), (470, 260, "228,76 €"), (380, 274, "dont TVA 10 %"), (470, 274, "20,27 €"),
    (380, 288, "Réglé par CB"), (470, 288, "228,76 €"),
    (50, 400, "SAS HOTEL DIDEROT - capital 50 000 € - RCS Paris 412 345 678 - TVA FR12412345678"),
]
EXP["ibis-fr"] = dict(vendor_name="ibis Paris Gare de Lyon Diderot", invoice_number="2025-118842",
                      invoice_date="2025-11-21", total=228.76, tax=20.27, currency="EUR",
                      customer_name="Société Lemaire SAS",
                      vendor_address='31 bis boulevard Diderot 75012 Paris')

DOCS["europcar-es"] = [
    (50, 40, "Europcar IB, S.A."), (50, 54, "Avda. del Partenón 16-18, 28042 Madrid"), (50, 68, "CIF A28364412"),
    (380, 40, "FACTURA"), (380, 60, "Nº Factura:"), (470, 60, "2511-004512"), (380, 74, "Fecha:"), (470, 74, "24/11/2025"),
    (380, 88, "Contrato:"), (470, 88, "887766554"),
    (50, 110, "Cliente"), (50, 124, "Jorge Navarro Ruiz"), (50, 138, "C/ Larios 5"), (50, 152, "29005 Málaga"),
    (50, 180, "Recogida: 21/11/2025 Málaga Aeropuerto"), (50, 194, "Devolución: 24/11/2025 Málaga Aeropuerto"),
    (50, 220, "Concepto"), (330, 220, "Cantidad"), (390, 220, "Precio"), (470, 220, "Importe"),
    (50, 236, "Alquiler (días)"), (330, 236, "3"), (390, 236, "38,00"), (470, 236, "114,00"),
    (50, 250, "Seguro a todo riesgo (días)"), (330, 250, "3"), (390, 250, "12,00"), (470, 250, "36,00"),
    (50, 264, "Suplemento aeropuerto"), (330, 264, "1"), (390, 264, "22,00"), (470, 264, "22,00"),
    (380, 300, "Base imponible"), (470, 300, "172,00"), (380, 314, "IVA 21%"), (470, 314, "36,12"),
    (380, 328, "TOTAL"), (470, 328, "208,12 €"),
]
EXP["europcar-es"] = dict(vendor_name="Europcar IB, S.A.", invoice_number="2511-004512", invoice_date="2025-11-24",
                          total=208.12, tax=36.12, currency="EUR", customer_name="Jorge Navarro Ruiz",
                          vendor_address='Avda. del Partenón 16-18, 28042 Madrid')

DOCS["premierinn-uk"] = [
    (50, 40, "Premier Inn"), (50, 54, "London City (Aldgate)"), (50, 68, "66 Alie Street, London E1 8PX"),
    (380, 40, "VAT INVOICE"), (380, 60, "Invoice number:"), (470, 60, "PI-55213478"),
    (380, 74, "Invoice date:"), (470, 74, "20/11/2025"), (380, 88, "Booking reference:"), (470, 88, "7RT2KQ"),
    (380, 102, "Arrival:"), (470, 102, "18/11/2025"), (380, 116, "Departure:"), (470, 116, "20/11/2025"),
    (50, 110, "Guest:"), (110, 110, "Mr Oliver Grant"),
    (50, 160, "Room, night of 18/11/2025"), (470, 160, "£89.00"), (50, 174, "Room, night of 19/11/2025"),
    (470, 174, "£94.00"), (50, 188, "Premier Inn Breakfast x2"), (470, 188, "£19.98"),
    (380, 214, "Total"), (470, 214, "£202.98"), (380, 228, "VAT @ 20% included"), (470, 228, "£33.83"),
    (380, 242, "Paid by Visa"), (470, 242, "£202.98"), (380, 256, "Balance"), (470, 256, "£0.00"),
    (50, 400, "Premier Inn Hotels Limited, Whitbread Court, Houghton Hall Business Park, Dunstable LU5 5XE. VAT No GB 140 2812 31"),
]
EXP["premierinn-uk"] = dict(vendor_name="Premier Inn Hotels Limited", invoice_number="PI-55213478",
                            invoice_date="2025-11-20", total=202.98, tax=33.83, currency="GBP",
                            customer_name="Mr Oliver Grant")


# blind batch 78: invoices as Zoho, FreshBooks, QuickBooks, Wave, lexoffice, sevDesk, Moneybird, Holded, Odoo and
# Stripe lay them out. (Wave's Bill To names Dr. Aisha Rahman over her clinic: either may be the customer, left
# out; Holded prints the freelancer's block and the customer's side by side with no label: flagged, and the two
# names left out.)
FLAGGED["holded-es-2"] = "its line holds two columns"

DOCS["zoho-us"] = [
    (50, 40, "Brightline Analytics LLC"), (50, 54, "2200 Market Street, Suite 410"), (50, 68, "Philadelphia, PA 19103"),
    (50, 82, "U.S.A"), (420, 40, "INVOICE"), (420, 56, "# INV-000217"),
    (420, 80, "Balance Due"), (420, 94, "$7,875.00"),
    (50, 130, "Bill To"), (50, 144, "Harbor Point Logistics Inc."), (50, 158, "88 Pier Road"), (50, 172, "Baltimore, MD 21230"),
    (330, 144, "Invoice Date :"), (450, 144, "18 Nov 2025"), (330, 158, "Terms :"), (450, 158, "Net 30"),
    (330, 172, "Due Date :"), (450, 172, "18 Dec 2025"),
    (50, 210, "#"), (70, 210, "Item & Description"), (330, 210, "Qty"), (390, 210, "Rate"), (480, 210, "Amount"),
    (50, 226, "1"), (70, 226, "Dashboard build - freight KPIs"), (330, 226, "45.00"), (390, 226, "150.00"), (480, 226, "6,750.00"),
    (50, 240, "2"), (70, 240, "Data warehouse hosting (Nov)"), (330, 240, "1.00"), (390, 240, "1,125.00"), (480, 240, "1,125.00"),
    (390, 280, "Sub Total"), (480, 280, "7,875.00"), (390, 296, "Total"), (480, 296, "$7,875.00"),
    (390, 312, "Balance Due"), (480, 312, "$7,875.00"),
    (50, 360, "Thanks for your business."),
]
EXP["zoho-us"] = dict(vendor_name="Brightline Analytics LLC", invoice_number="INV-000217", invoice_date="2025-11-18",
                      due_date="2025-12-18", total=7875.0, currency="USD", customer_name="Harbor Point Logistics Inc.",
                      vendor_address='2200 Market Street, Suite 410 Philadelphia, PA 19103')

DOCS["freshbooks-ca-2"] = [
    (400, 40, "Maple & Pine Design Co."), (400, 54, "415 Queen St W"), (400, 68, "Toronto, ON M5V 2A5"),
    (400, 82, "416-555-0142"),
    (50, 120, "Billed To"), (50, 134, "Northern Lights Brewing Ltd."), (50, 148, "27 Brewery Lane"),
    (50, 162, "Guelph, ON N1H 3T6"),
    (200, 120, "Date of Issue"), (200, 134, "11/20/2025"), (200, 156, "Due Date"), (200, 170, "12/20/2025"),
    (310, 120, "Invoice Number"), (310, 134, "0000143"),
    (420, 120, "Amount Due (CAD)"), (420, 140, "$4,802.50"),
    (50, 210, "Description"), (300, 210, "Rate"), (370, 210, "Qty"), (460, 210, "Line Total"),
    (50, 226, "Label redesign - seasonal IPA"), (300, 226, "$85.00"), (370, 226, "40"), (460, 226, "$3,400.00"),
    (50, 240, "Print-ready files and proofs"), (300, 240, "$850.00"), (370, 240, "1"), (460, 240, "$850.00"),
    (370, 280, "Subtotal"), (460, 280, "4,250.00"), (370, 294, "HST (13%)"), (460, 294, "552.50"),
    (370, 308, "Total"), (460, 308, "4,802.50"), (370, 322, "Amount Paid"), (460, 322, "0.00"),
    (370, 340, "Amount Due (CAD)"), (460, 340, "$4,802.50"),
    (50, 390, "HST # 81234 5678 RT0001"),
]
EXP["freshbooks-ca-2"] = dict(vendor_name="Maple & Pine Design Co.", invoice_number="0000143", invoice_date="2025-11-20",
                            due_date="2025-12-20", total=4802.5, tax=552.5, currency="CAD",
                            customer_name="Northern Lights Brewing Ltd.",
                            vendor_address='415 Queen St W Toronto, ON M5V 2A5')

DOCS["quickbooks-us"] = [
    (50, 40, "Cedar Ridge Landscaping"), (50, 54, "1420 Elm Avenue"), (50, 68, "Boise, ID 83702"),
    (50, 82, "billing@cedarridgeland.com"), (430, 40, "INVOICE"),
    (50, 120, "BILL TO"), (50, 134, "Sunnyside Apartments LLC"), (50, 148, "900 W Main St"), (50, 162, "Boise, ID 83702"),
    (200, 120, "SHIP TO"), (200, 134, "Sunnyside Apartments"), (200, 148, "Building C grounds"), (200, 162, "Boise, ID 83704"),
    (370, 120, "INVOICE #"), (460, 120, "1187"), (370, 134, "DATE"), (460, 134, "11/21/2025"),
    (370, 148, "DUE DATE"), (460, 148, "12/21/2025"), (370, 162, "TERMS"), (460, 162, "Net 30"),
    (50, 200, "DATE"), (110, 200, "ACTIVITY"), (330, 200, "QTY"), (390, 200, "RATE"), (480, 200, "AMOUNT"),
    (50, 216, "11/03/2025"), (110, 216, "Fall cleanup, leaf removal"), (330, 216, "1"), (390, 216, "1,450.00"),
    (480, 216, "1,450.00"),
    (50, 230, "11/10/2025"), (110, 230, "Shrub pruning"), (330, 230, "6"), (390, 230, "65.00"), (480, 230, "390.00"),
    (330, 270, "SUBTOTAL"), (480, 270, "1,840.00"), (330, 284, "TAX"), (480, 284, "0.00"),
    (330, 298, "TOTAL"), (480, 298, "1,840.00"), (330, 316, "BALANCE DUE"), (480, 316, "$1,840.00"),
]
EXP["quickbooks-us"] = dict(vendor_name="Cedar Ridge Landscaping", invoice_number="1187", invoice_date="2025-11-21",
                            due_date="2025-12-21", total=1840.0, currency="USD", customer_name="Sunnyside Apartments LLC",
                            vendor_address='1420 Elm Avenue Boise, ID 83702')

DOCS["wave-ca-2"] = [
    (380, 40, "INVOICE"), (380, 60, "Pixel Harbour Studio"), (380, 74, "1188 Granville St"),
    (380, 88, "Vancouver, British Columbia V6Z 1L5"), (380, 102, "Canada"),
    (50, 150, "BILL TO"), (50, 164, "Dr. Aisha Rahman"), (50, 178, "Kits Beach Dental Clinic"), (50, 192, "2150 W 4th Ave"),
    (50, 206, "Vancouver, British Columbia V6K 1N6"),
    (330, 150, "Invoice Number:"), (470, 150, "42"), (330, 164, "Invoice Date:"), (470, 164, "November 24, 2025"),
    (330, 178, "Payment Due:"), (470, 178, "December 8, 2025"), (330, 192, "Amount Due (CAD):"), (470, 192, "$2,352.00"),
    (50, 240, "Items"), (320, 240, "Quantity"), (400, 240, "Price"), (480, 240, "Amount"),
    (50, 256, "Website refresh - clinic pages"), (320, 256, "1"), (400, 256, "$1,900.00"), (480, 256, "$1,900.00"),
    (50, 270, "Photography, half day"), (320, 270, "1"), (400, 270, "$200.00"), (480, 270, "$200.00"),
    (400, 310, "Subtotal:"), (480, 310, "$2,100.00"), (400, 324, "GST 5%:"), (480, 324, "$105.00"),
    (400, 338, "PST 7%:"), (480, 338, "$147.00"),
    (400, 356, "Total:"), (480, 356, "$2,352.00"), (400, 374, "Amount Due (CAD):"), (480, 374, "$2,352.00"),
]
EXP["wave-ca-2"] = dict(vendor_name="Pixel Harbour Studio", invoice_number="42", invoice_date="2025-11-24",
                      due_date="2025-12-08", total=2352.0, tax=252.0, currency="CAD",
                      vendor_address='1188 Granville St Vancouver, British Columbia V6Z 1L5')

DOCS["lexoffice-de-2"] = [
    (50, 110, "Schreinerei Holzwerk Bauer - Am Sägewerk 3 - 83022 Rosenheim"),
    (50, 130, "Praxis Dr. med. Claudia Weiß"), (50, 144, "Frau Dr. Claudia Weiß"), (50, 158, "Kufsteiner Straße 41"),
    (50, 172, "83022 Rosenheim"),
    (400, 40, "Schreinerei Holzwerk Bauer"), (400, 54, "Inh. Thomas Bauer"), (400, 68, "Am Sägewerk 3"),
    (400, 82, "83022 Rosenheim"), (400, 96, "Tel. 08031 123456"),
    (400, 130, "Rechnungsnr.:"), (480, 130, "RE-2025-0318"), (400, 144, "Kundennr.:"), (480, 144, "10027"),
    (400, 158, "Datum:"), (480, 158, "19.11.2025"), (400, 172, "Lieferdatum:"), (480, 172, "14.11.2025"),
    (50, 220, "Rechnung"),
    (50, 240, "Sehr geehrte Frau Dr. Weiß, vielen Dank für Ihren Auftrag. Wir berechnen Ihnen:"),
    (50, 270, "Pos."), (80, 270, "Beschreibung"), (320, 270, "Menge"), (370, 270, "Einzelpreis"), (470, 270, "Gesamtpreis"),
    (50, 286, "1"), (80, 286, "Empfangstresen Eiche massiv"), (320, 286, "1 Stk."), (370, 286, "3.850,00 EUR"),
    (470, 286, "3.850,00 EUR"),
    (50, 300, "2"), (80, 300, "Montage vor Ort"), (320, 300, "6 Std."), (370, 300, "58,00 EUR"), (470, 300, "348,00 EUR"),
    (370, 340, "Gesamtbetrag netto"), (470, 340, "4.198,00 EUR"), (370, 354, "zzgl. Umsatzsteuer 19%"),
    (470, 354, "797,62 EUR"), (370, 372, "Gesamtbetrag brutto"), (470, 372, "4.995,62 EUR"),
    (50, 410, "Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ohne Abzug."),
    (50, 760, "Schreinerei Holzwerk Bauer"), (220, 760, "Sparkasse Rosenheim"), (400, 760, "USt-IdNr. DE287654321"),
    (50, 772, "Inh. Thomas Bauer"), (220, 772, "IBAN DE12 7115 0000 0020 1234 56"), (400, 772, "Steuernr. 156/234/56789"),
]
EXP["lexoffice-de-2"] = dict(vendor_name="Schreinerei Holzwerk Bauer", invoice_number="RE-2025-0318",
                           invoice_date="2025-11-19", total=4995.62, tax=797.62, currency="EUR",
                           customer_name="Praxis Dr. med. Claudia Weiß",
                           vendor_address='Am Sägewerk 3 83022 Rosenheim')

DOCS["sevdesk-de-2"] = [
    (50, 100, "Kaltenbach IT-Service UG (haftungsbeschränkt), Lindenweg 7, 79098 Freiburg"),
    (50, 120, "Weingut Schätzle GbR"), (50, 134, "Herrn Martin Schätzle"), (50, 148, "Rebstraße 12"),
    (50, 162, "79346 Endingen"),
    (380, 120, "Rechnung Nr. 2025-1142"), (380, 140, "Rechnungsdatum"), (480, 140, "20.11.2025"),
    (380, 154, "Leistungszeitraum"), (480, 154, "01.11.-15.11.2025"), (380, 168, "Ihre Kundennummer"), (480, 168, "K-0412"),
    (50, 210, "Rechnung"),
    (50, 240, "Nr."), (80, 240, "Artikel/Leistung"), (320, 240, "Menge"), (370, 240, "Preis"), (470, 240, "Betrag"),
    (50, 256, "1"), (80, 256, "Netzwerk Weinkeller einrichten"), (320, 256, "8 Std."), (370, 256, "85,00 EUR"),
    (470, 256, "680,00 EUR"),
    (50, 270, "2"), (80, 270, "Access Point Ubiquiti U6"), (320, 270, "2 Stk."), (370, 270, "189,00 EUR"),
    (470, 270, "378,00 EUR"),
    (370, 310, "Summe netto"), (470, 310, "1.058,00 EUR"), (370, 324, "USt. 19%"), (470, 324, "201,02 EUR"),
    (370, 342, "Gesamt"), (470, 342, "1.259,02 EUR"),
    (50, 380, "Zahlbar bis 04.12.2025 ohne Abzug."),
    (50, 760, "Kaltenbach IT-Service UG (haftungsbeschränkt) | Geschäftsführer: Jonas Kaltenbach | Amtsgericht Freiburg HRB 712345"),
    (50, 772, "USt-IdNr.: DE312345678 | GLS Bank | IBAN: DE44 4306 0967 1234 5678 00"),
]
EXP["sevdesk-de-2"] = dict(vendor_name="Kaltenbach IT-Service UG (haftungsbeschränkt)", invoice_number="2025-1142",
                         invoice_date="2025-11-20", due_date="2025-12-04", total=1259.02, tax=201.02, currency="EUR",
                         customer_name="Weingut Schätzle GbR",
                         vendor_address='Lindenweg 7 79098 Freiburg')

DOCS["moneybird-nl-2"] = [
    (380, 40, "Studio Vlinder"), (380, 54, "Oudegracht 112"), (380, 68, "3511 AV Utrecht"), (380, 82, "KvK 81234567"),
    (380, 96, "BTW NL003456789B12"), (380, 110, "IBAN NL20 INGB 0001 2345 67"),
    (50, 140, "Bakkerij Van Dam B.V."), (50, 154, "T.a.v. mevrouw S. van Dam"), (50, 168, "Voorstraat 9"),
    (50, 182, "3512 AJ Utrecht"),
    (50, 230, "Factuur"), (50, 250, "Factuurnummer"), (160, 250, "2025-0087"), (50, 264, "Factuurdatum"),
    (160, 264, "25-11-2025"), (50, 278, "Vervaldatum"), (160, 278, "09-12-2025"),
    (50, 310, "Omschrijving"), (330, 310, "Aantal"), (390, 310, "Prijs"), (470, 310, "Totaal"),
    (50, 326, "Huisstijl en logo"), (330, 326, "1"), (390, 326, "EUR 1.250,00"), (470, 326, "EUR 1.250,00"),
    (50, 340, "Verpakkingsontwerp broodzakken"), (330, 340, "1"), (390, 340, "EUR 480,00"), (470, 340, "EUR 480,00"),
    (390, 380, "Subtotaal"), (470, 380, "EUR 1.730,00"), (390, 394, "21% btw"), (470, 394, "EUR 363,30"),
    (390, 412, "Totaal"), (470, 412, "EUR 2.093,30"),
    (50, 450, "We verzoeken je vriendelijk het bovenstaande bedrag van EUR 2.093,30 voor 09-12-2025 te voldoen."),
]
EXP["moneybird-nl-2"] = dict(vendor_name="Studio Vlinder", invoice_number="2025-0087", invoice_date="2025-11-25",
                           due_date="2025-12-09", total=2093.3, tax=363.3, currency="EUR",
                           customer_name="Bakkerij Van Dam B.V.",
                           vendor_address='Oudegracht 112 3511 AV Utrecht')

DOCS["holded-es-2"] = [
    (50, 40, "FACTURA"),
    (50, 70, "Lucía Fernández Ortega"), (50, 84, "NIF 48123456K"), (50, 98, "C/ de Sant Pere Més Alt 21, 3º 2ª"),
    (50, 112, "08003 Barcelona"),
    (330, 70, "Cerveceras Artesanas del Born S.L."), (330, 84, "CIF B67123456"), (330, 98, "Passeig del Born 14"),
    (330, 112, "08003 Barcelona"),
    (50, 150, "Nº factura"), (150, 150, "F2025-0041"), (50, 164, "Fecha"), (150, 164, "26/11/2025"),
    (50, 178, "Vencimiento"), (150, 178, "26/12/2025"),
    (50, 220, "Concepto"), (330, 220, "Precio"), (400, 220, "Unidades"), (480, 220, "Subtotal"),
    (50, 236, "Fotografía de producto, catálogo invierno"), (330, 236, "1.200,00 €"), (400, 236, "1"),
    (480, 236, "1.200,00 €"),
    (400, 276, "Base imponible"), (480, 276, "1.200,00 €"), (400, 290, "IVA 21%"), (480, 290, "252,00 €"),
    (400, 304, "IRPF -15%"), (480, 304, "-180,00 €"), (400, 322, "Total"), (480, 322, "1.272,00 €"),
    (50, 370, "Forma de pago: transferencia bancaria a ES91 2100 0418 4502 0005 1332"),
]
EXP["holded-es-2"] = dict(invoice_number="F2025-0041", invoice_date="2025-11-26",
                        due_date="2025-12-26", total=1272.0, tax=252.0, currency="EUR",
                        vendor_address='C/ de Sant Pere Més Alt 21, 3º 2ª 08003 Barcelona')

DOCS["odoo-be"] = [
    (50, 40, "Atelier Lumière SRL"), (50, 54, "Rue de la Loi 155"), (50, 68, "1040 Etterbeek"), (50, 82, "Belgique"),
    (50, 96, "TVA BE0712.345.678"),
    (330, 130, "Brasserie du Parc SA"), (330, 144, "Avenue Louise 230"), (330, 158, "1050 Ixelles"), (330, 172, "Belgique"),
    (330, 186, "TVA BE0456.789.123"),
    (50, 230, "Facture FAC/2025/00214"),
    (50, 256, "Date de facturation:"), (50, 270, "27/11/2025"), (180, 256, "Date d'échéance:"), (180, 270, "27/12/2025"),
    (310, 256, "Origine:"), (310, 270, "S00098"),
    (50, 310, "Description"), (300, 310, "Quantité"), (370, 310, "Prix unitaire"), (440, 310, "Taxes"),
    (490, 310, "Montant"),
    (50, 326, "Luminaires suspendus laiton"), (300, 326, "6,00 Unité(s)"), (370, 326, "320,00"), (440, 326, "21%"),
    (490, 326, "1.920,00 €"),
    (50, 340, "Installation"), (300, 340, "1,00 Unité(s)"), (370, 340, "450,00"), (440, 340, "21%"), (490, 340, "450,00 €"),
    (400, 380, "Montant hors taxes"), (490, 380, "2.370,00 €"), (400, 394, "TVA 21%"), (490, 394, "497,70 €"),
    (400, 412, "Total"), (490, 412, "2.867,70 €"),
    (50, 450, "Veuillez utiliser la communication suivante pour votre paiement : +++214/2025/00098+++"),
]
EXP["odoo-be"] = dict(vendor_name="Atelier Lumière SRL", invoice_number="FAC/2025/00214", invoice_date="2025-11-27",
                      due_date="2025-12-27", total=2867.7, tax=497.7, currency="EUR",
                      customer_name="Brasserie du Parc SA",
                      vendor_address='Rue de la Loi 155 1040 Etterbeek')

DOCS["stripe-ie"] = [
    (50, 40, "Invoice"),
    (50, 70, "Invoice number"), (150, 70, "8F3A2C1D-0007"), (50, 84, "Date of issue"), (150, 84, "November 28, 2025"),
    (50, 98, "Date due"), (150, 98, "December 12, 2025"),
    (50, 130, "Nimbus Forms Ltd"), (50, 144, "5 Hanover Quay"), (50, 158, "Dublin 2 D02 VY79"), (50, 172, "Ireland"),
    (50, 186, "billing@nimbusforms.io"),
    (300, 130, "Bill to"), (300, 144, "Oakfield Veterinary Group Ltd"), (300, 158, "12 Mill Street"),
    (300, 172, "Galway H91 E2K6"), (300, 186, "Ireland"),
    (50, 230, "EUR 221.40 due December 12, 2025"),
    (50, 270, "Description"), (330, 270, "Qty"), (390, 270, "Unit price"), (480, 270, "Amount"),
    (50, 286, "Nimbus Forms Team plan"), (50, 298, "Nov 28 - Dec 28, 2025"), (330, 286, "6"), (390, 286, "EUR 30.00"),
    (480, 286, "EUR 180.00"),
    (390, 330, "Subtotal"), (480, 330, "EUR 180.00"), (300, 344, "VAT - Ireland (23% on EUR 180.00)"),
    (480, 344, "EUR 41.40"), (390, 358, "Total"), (480, 358, "EUR 221.40"), (390, 372, "Amount due"),
    (480, 372, "EUR 221.40"),
]
EXP["stripe-ie"] = dict(vendor_name="Nimbus Forms Ltd", invoice_number="8F3A2C1D-0007", invoice_date="2025-11-28",
                        due_date="2025-12-12", total=221.4, tax=41.4, currency="EUR",
                        customer_name="Oakfield Veterinary Group Ltd",
                        vendor_address='5 Hanover Quay Dublin 2 D02 VY79')


# blind batch 79: where the parties stand: the customer's block first (To: then From:, Invoice for ... over
# Payable to), labelled blocks side by side (Rechnungssteller, Émetteur, Van / Aan, India's Details of Receiver),
# the issuer only in a Details block at the foot, a logo's brand completed by the footer's legal name

DOCS["to-from-us"] = [
    (50, 40, "INVOICE"),
    (50, 80, "To:"), (50, 94, "Riverbend School District"), (50, 108, "Attn: Accounts Payable"),
    (50, 122, "400 Schoolhouse Rd"), (50, 136, "Dayton, OH 45402"),
    (320, 80, "From:"), (320, 94, "Summit Audio Visual Inc."), (320, 108, "75 Commerce Park Dr"),
    (320, 122, "Columbus, OH 43219"), (320, 136, "(614) 555-0175"),
    (50, 180, "Invoice No."), (150, 180, "SAV-30418"), (320, 180, "Invoice Date"), (420, 180, "11/17/2025"),
    (50, 194, "PO No."), (150, 194, "RSD-2025-118"), (320, 194, "Due Date"), (420, 194, "12/17/2025"),
    (50, 240, "Description"), (330, 240, "Qty"), (390, 240, "Unit Price"), (480, 240, "Total"),
    (50, 256, "Interactive display 75in"), (330, 256, "4"), (390, 256, "2,150.00"), (480, 256, "8,600.00"),
    (50, 270, "Wall mount and installation"), (330, 270, "4"), (390, 270, "275.00"), (480, 270, "1,100.00"),
    (390, 310, "Subtotal"), (480, 310, "9,700.00"), (390, 324, "Sales Tax (exempt)"), (480, 324, "0.00"),
    (390, 342, "Total Due"), (480, 342, "$9,700.00"),
]
EXP["to-from-us"] = dict(vendor_name="Summit Audio Visual Inc.", invoice_number="SAV-30418", invoice_date="2025-11-17",
                         due_date="2025-12-17", total=9700.0, currency="USD", customer_name="Riverbend School District",
                         purchase_order="RSD-2025-118",
                         vendor_address='75 Commerce Park Dr, Columbus, OH 43219')

DOCS["invoice-for-uk"] = [
    (50, 40, "Invoice for Greenway Housing Association"), (50, 54, "14 Canal Street, Manchester M1 3HE"),
    (400, 40, "Invoice #0219"), (400, 54, "Issued 21 November 2025"), (400, 68, "Due 5 December 2025"),
    (50, 110, "Payable to"), (50, 124, "Hollis & Reed Surveyors Ltd"), (50, 138, "3 King Street, Leeds LS1 2HH"),
    (50, 152, "Company No. 09876543 VAT GB 298 7654 21"),
    (50, 200, "Description"), (330, 200, "Qty"), (390, 200, "Unit price"), (480, 200, "Total"),
    (50, 216, "Stock condition survey, 48 units"), (330, 216, "48"), (390, 216, "£85.00"), (480, 216, "£4,080.00"),
    (390, 256, "Subtotal"), (480, 256, "£4,080.00"), (390, 270, "VAT 20%"), (480, 270, "£816.00"),
    (390, 288, "Total"), (480, 288, "£4,896.00"),
    (50, 330, "Bank: Barclays  Sort code 20-00-00  Account 12345678"),
]
EXP["invoice-for-uk"] = dict(vendor_name="Hollis & Reed Surveyors Ltd", invoice_number="0219",
                             invoice_date="2025-11-21", due_date="2025-12-05", total=4896.0, tax=816.0, currency="GBP",
                             customer_name="Greenway Housing Association",
                             vendor_address='3 King Street, Leeds LS1 2HH')

DOCS["rechnungssteller-de"] = [
    (50, 40, "Rechnung"),
    (50, 70, "Rechnungssteller"), (50, 84, "Ingenieurbüro Strobel GmbH"), (50, 98, "Bahnhofstraße 17"),
    (50, 112, "90402 Nürnberg"), (50, 126, "USt-IdNr. DE298765432"),
    (320, 70, "Rechnungsempfänger"), (320, 84, "Stadtwerke Fürth GmbH"), (320, 98, "Leyher Straße 69"),
    (320, 112, "90763 Fürth"),
    (50, 160, "Rechnungsnummer"), (180, 160, "ST-2025-0877"), (50, 174, "Rechnungsdatum"), (180, 174, "24.11.2025"),
    (50, 188, "Leistungszeitraum"), (180, 188, "Oktober 2025"), (50, 202, "Bestellnummer"), (180, 202, "4500123987"),
    (50, 240, "Pos"), (80, 240, "Leistung"), (330, 240, "Std."), (390, 240, "Satz"), (470, 240, "Betrag"),
    (50, 256, "1"), (80, 256, "Statik Pumpwerk Süd, Phase 3"), (330, 256, "62"), (390, 256, "98,00"), (470, 256, "6.076,00"),
    (390, 296, "Netto"), (470, 296, "6.076,00"), (390, 310, "USt. 19 %"), (470, 310, "1.154,44"),
    (390, 328, "Brutto"), (470, 328, "7.230,44"),
    (50, 370, "Zahlbar innerhalb 30 Tagen netto."),
]
EXP["rechnungssteller-de"] = dict(vendor_name="Ingenieurbüro Strobel GmbH", invoice_number="ST-2025-0877",
                                  invoice_date="2025-11-24", total=7230.44, tax=1154.44, currency="EUR",
                                  customer_name="Stadtwerke Fürth GmbH", purchase_order="4500123987",
                                  vendor_address='Bahnhofstraße 17, 90402 Nürnberg')

DOCS["emetteur-fr"] = [
    (50, 40, "FACTURE N° 2025-11-052"), (50, 56, "Date : 25/11/2025"),
    (50, 90, "Émetteur"), (50, 104, "Menuiserie Roux SARL"), (50, 118, "12 rue des Artisans"), (50, 132, "69007 Lyon"),
    (50, 146, "SIRET 812 345 678 00021"),
    (320, 90, "Destinataire"), (320, 104, "SCI Les Tilleuls"), (320, 118, "8 place Bellecour"), (320, 132, "69002 Lyon"),
    (50, 190, "Désignation"), (330, 190, "Qté"), (390, 190, "PU HT"), (470, 190, "Total HT"),
    (50, 206, "Fenêtres bois double vitrage"), (330, 206, "5"), (390, 206, "640,00"), (470, 206, "3 200,00"),
    (50, 220, "Pose"), (330, 220, "1"), (390, 220, "900,00"), (470, 220, "900,00"),
    (390, 260, "Total HT"), (470, 260, "4 100,00"), (390, 274, "TVA 10 %"), (470, 274, "410,00"),
    (390, 292, "Total TTC"), (470, 292, "4 510,00 €"),
    (50, 330, "Échéance : 25/12/2025 - Règlement par virement"),
]
EXP["emetteur-fr"] = dict(vendor_name="Menuiserie Roux SARL", invoice_number="2025-11-052", invoice_date="2025-11-25",
                          due_date="2025-12-25", total=4510.0, tax=410.0, currency="EUR", customer_name="SCI Les Tilleuls",
                          vendor_address='12 rue des Artisans, 69007 Lyon')

DOCS["van-aan-nl"] = [
    (50, 40, "FACTUUR"),
    (50, 70, "Aan"), (50, 84, "Huisartsenpraktijk De Linde"), (50, 98, "Lindelaan 3"), (50, 112, "5611 AB Eindhoven"),
    (320, 70, "Van"), (320, 84, "Schoonmaakbedrijf Glans B.V."), (320, 98, "Kanaaldijk 40"),
    (320, 112, "5683 CR Best"), (320, 126, "KvK 17123456"),
    (50, 160, "Factuurnummer: 25-1190"), (50, 174, "Factuurdatum: 26-11-2025"), (50, 188, "Vervaldatum: 10-12-2025"),
    (50, 230, "Omschrijving"), (390, 230, "Bedrag"),
    (50, 246, "Schoonmaak praktijk november 2025"), (390, 246, "€ 1.240,00"),
    (300, 286, "Subtotaal"), (390, 286, "€ 1.240,00"), (300, 300, "BTW 21%"), (390, 300, "€ 260,40"),
    (300, 318, "Totaal"), (390, 318, "€ 1.500,40"),
]
EXP["van-aan-nl"] = dict(vendor_name="Schoonmaakbedrijf Glans B.V.", invoice_number="25-1190", invoice_date="2025-11-26",
                         due_date="2025-12-10", total=1500.4, tax=260.4, currency="EUR",
                         customer_name="Huisartsenpraktijk De Linde",
                         vendor_address='Kanaaldijk 40, 5683 CR Best')

DOCS["cloud-ie"] = [
    (50, 40, "Invoice"), (400, 40, "Invoice number: 5318004412"),
    (400, 54, "Invoice date: Nov 30, 2025"), (400, 68, "Billing ID: 0193-7754-2210"),
    (50, 90, "Bill to"), (50, 104, "Lindqvist Data AB"), (50, 118, "Sveavägen 44"), (50, 132, "111 34 Stockholm"),
    (50, 146, "Sweden"),
    (50, 190, "Total in EUR"), (50, 206, "€1,932.55"),
    (50, 230, "Summary for Nov 1, 2025 - Nov 30, 2025"),
    (50, 250, "Subtotal in EUR"), (470, 250, "€1,932.55"), (50, 264, "VAT (0%)"), (470, 264, "€0.00"),
    (50, 278, "Total in EUR"), (470, 278, "€1,932.55"),
    (50, 310, "VAT reverse charge applies. Customer VAT number SE556123456701."),
    (50, 700, "Details"), (50, 714, "Nimbus Cloud EMEA Limited"), (50, 728, "70 Sir John Rogerson's Quay"),
    (50, 742, "Dublin 2, Ireland"), (50, 756, "VAT number IE6388047V"),
]
EXP["cloud-ie"] = dict(vendor_name="Nimbus Cloud EMEA Limited", invoice_number="5318004412", invoice_date="2025-11-30",
                       total=1932.55, currency="EUR", customer_name="Lindqvist Data AB",
                       vendor_address="70 Sir John Rogerson's Quay Dublin 2, Ireland")

DOCS["gst-receiver-in"] = [
    (200, 30, "TAX INVOICE"),
    (50, 60, "Shree Ganesh Packaging Pvt. Ltd."), (50, 74, "Plot 21, MIDC Bhosari"), (50, 88, "Pune, Maharashtra 411026"),
    (50, 102, "GSTIN: 27AABCS1234F1Z5"),
    (350, 60, "Invoice No.: SGP/25-26/1184"), (350, 74, "Invoice Date: 22-11-2025"), (350, 88, "Place of Supply: Karnataka (29)"),
    (50, 130, "Details of Receiver (Billed to)"), (300, 130, "Details of Consignee (Shipped to)"),
    (50, 144, "Name: Nandi Foods LLP"), (300, 144, "Name: Nandi Foods LLP - Plant 2"),
    (50, 158, "Address: 14 Peenya Industrial Area, Bengaluru 560058"), (300, 158, "Address: Survey 88, Hoskote 562114"),
    (50, 172, "GSTIN: 29AAKFN5678L1Z2"), (300, 172, "GSTIN: 29AAKFN5678L1Z2"),
    (50, 210, "Sr"), (70, 210, "Description"), (260, 210, "HSN"), (310, 210, "Qty"), (360, 210, "Rate"), (470, 210, "Amount"),
    (50, 226, "1"), (70, 226, "Corrugated boxes 5-ply"), (260, 226, "4819"), (310, 226, "5,000"), (360, 226, "18.50"),
    (470, 226, "92,500.00"),
    (360, 266, "Taxable Value"), (470, 266, "92,500.00"), (360, 280, "IGST @ 18%"), (470, 280, "16,650.00"),
    (360, 298, "Total Invoice Value"), (470, 298, "1,09,150.00"),
    (50, 330, "Amount in words: Rupees One Lakh Nine Thousand One Hundred Fifty Only"),
]
EXP["gst-receiver-in"] = dict(vendor_name="Shree Ganesh Packaging Pvt. Ltd.", invoice_number="SGP/25-26/1184",
                              invoice_date="2025-11-22", total=109150.0, tax=16650.0, currency="INR",
                              customer_name="Nandi Foods LLP",
                              vendor_address='Plot 21, MIDC Bhosari Pune, Maharashtra 411026')

DOCS["brand-footer-au"] = [
    (50, 40, "brightsparks"), (50, 54, "electrical"),
    (380, 40, "TAX INVOICE"), (380, 56, "Invoice 00731"), (380, 70, "Date 27/11/2025"), (380, 84, "Due 11/12/2025"),
    (50, 110, "Hartley Cafe Pty Ltd"), (50, 124, "22 Beach Rd"), (50, 138, "Bondi NSW 2026"),
    (50, 190, "Description"), (330, 190, "Qty"), (390, 190, "Price"), (480, 190, "Amount"),
    (50, 206, "Switchboard upgrade"), (330, 206, "1"), (390, 206, "1,850.00"), (480, 206, "1,850.00"),
    (50, 220, "Test and tag, 30 items"), (330, 220, "30"), (390, 220, "4.50"), (480, 220, "135.00"),
    (390, 260, "Subtotal"), (480, 260, "1,985.00"), (390, 274, "GST"), (480, 274, "198.50"),
    (390, 292, "Total AUD"), (480, 292, "2,183.50"),
    (50, 760, "Bright Sparks Electrical Pty Ltd  ABN 51 824 753 556  Licence 301234C  12 Oxford St, Paddington NSW 2021"),
]
EXP["brand-footer-au"] = dict(vendor_name="Bright Sparks Electrical Pty Ltd", invoice_number="00731",
                              invoice_date="2025-11-27", due_date="2025-12-11", total=2183.5, tax=198.5, currency="AUD",
                              customer_name="Hartley Cafe Pty Ltd")


# blind batch 80: parties that look alike: an agency's candidate beside its client, a marketplace's seller
# under the platform's name, public bodies as customers, a sole trader with no company form, a logo's
# initials over the name, Portugal's Exmo.(s) Sr.(s), a head office and a branch. (The builder's change
# order, "Change order #3: niche tile", ends its item table at the word Change: flagged, the items short.)
FLAGGED["b80-initials-us"] = "items add up to"

DOCS["b80-agency-uk"] = [
    (50, 40, "Apex Recruitment Ltd"), (50, 54, "Suite 5, 20 Park Row"), (50, 68, "Bristol BS1 5LJ"),
    (380, 40, "INVOICE"), (380, 60, "Invoice No:"), (470, 60, "APX-88213"), (380, 74, "Date:"), (470, 74, "24/11/2025"),
    (380, 88, "Terms:"), (470, 88, "14 days"),
    (50, 110, "Client:"), (110, 110, "Harbourside Logistics Ltd"), (50, 124, "Contact:"), (110, 124, "Gemma Price"),
    (50, 138, "Candidate:"), (110, 138, "Tomasz Nowak"), (50, 152, "Week ending:"), (110, 152, "23/11/2025"),
    (50, 190, "Description"), (300, 190, "Hours"), (370, 190, "Rate"), (470, 190, "Amount"),
    (50, 206, "Warehouse operative - standard"), (300, 206, "40.00"), (370, 206, "18.50"), (470, 206, "740.00"),
    (50, 220, "Warehouse operative - overtime"), (300, 220, "6.00"), (370, 220, "27.75"), (470, 220, "166.50"),
    (370, 260, "Net"), (470, 260, "906.50"), (370, 274, "VAT 20%"), (470, 274, "181.30"),
    (370, 292, "Total GBP"), (470, 292, "1,087.80"),
    (50, 340, "Apex Recruitment Ltd. Registered in England No. 07654321. VAT No. GB 123 4567 89"),
]
EXP["b80-agency-uk"] = dict(vendor_name="Apex Recruitment Ltd", invoice_number="APX-88213", invoice_date="2025-11-24",
                            total=1087.8, tax=181.3, currency="GBP", customer_name="Harbourside Logistics Ltd",
                            vendor_address='Suite 5, 20 Park Row Bristol BS1 5LJ')

DOCS["b80-marketplace-de"] = [
    (50, 40, "Kaufhaus Online Marktplatz"), (380, 40, "Rechnung"),
    (50, 70, "Verkäufer:"), (130, 70, "Holzspielzeug Meier e.K."), (130, 84, "Werkstattweg 4"), (130, 98, "87435 Kempten"),
    (130, 112, "USt-IdNr. DE276543210"),
    (50, 140, "Rechnungsadresse"), (300, 140, "Lieferadresse"),
    (50, 154, "Sabine Krüger"), (300, 154, "Sabine Krüger"), (50, 168, "Ahornweg 12"), (300, 168, "Packstation 118"),
    (50, 182, "50667 Köln"), (300, 182, "50667 Köln"),
    (380, 70, "Rechnungsnr.:"), (470, 70, "HM-25-4471"), (380, 84, "Rechnungsdatum:"), (470, 84, "22.11.2025"),
    (380, 98, "Bestellnr.:"), (470, 98, "KM-3381-2290"),
    (50, 220, "Artikel"), (330, 220, "Menge"), (390, 220, "Einzelpreis"), (480, 220, "Gesamt"),
    (50, 236, "Holzeisenbahn Starterset"), (330, 236, "1"), (390, 236, "59,90 €"), (480, 236, "59,90 €"),
    (50, 250, "Versand"), (330, 250, "1"), (390, 250, "4,90 €"), (480, 250, "4,90 €"),
    (390, 290, "Summe netto"), (480, 290, "54,45 €"), (390, 304, "MwSt. 19%"), (480, 304, "10,35 €"),
    (390, 322, "Gesamtbetrag"), (480, 322, "64,80 €"),
]
EXP["b80-marketplace-de"] = dict(vendor_name="Holzspielzeug Meier e.K.", invoice_number="HM-25-4471",
                                 invoice_date="2025-11-22", total=64.8, tax=10.35, currency="EUR",
                                 customer_name="Sabine Krüger",
                                 vendor_address='Werkstattweg 4, 87435 Kempten')

DOCS["b80-mairie-fr"] = [
    (330, 40, "Espaces Verts Dumont SAS"), (330, 54, "45 chemin des Prés"), (330, 68, "69100 Villeurbanne"),
    (330, 82, "SIRET 523 456 789 00017"), (330, 96, "TVA FR12523456789"),
    (50, 130, "Adressé à :"), (50, 144, "Mairie de Villeurbanne"), (50, 158, "Service des finances"),
    (50, 172, "Place Lazare Goujon"), (50, 186, "69100 Villeurbanne"),
    (330, 140, "Facture n° 2025-0416"), (330, 154, "Date : 20/11/2025"), (330, 168, "Engagement n° EJ-2025-7781"),
    (50, 230, "Désignation"), (330, 230, "Qté"), (390, 230, "PU HT"), (470, 230, "Montant HT"),
    (50, 246, "Taille des haies, parc de la Feyssine"), (330, 246, "1"), (390, 246, "2 850,00"), (470, 246, "2 850,00"),
    (50, 260, "Évacuation des déchets verts"), (330, 260, "3"), (390, 260, "180,00"), (470, 260, "540,00"),
    (390, 300, "Total HT"), (470, 300, "3 390,00"), (390, 314, "TVA 20 %"), (470, 314, "678,00"),
    (390, 332, "Total TTC"), (470, 332, "4 068,00 €"),
    (50, 370, "Paiement à 30 jours par mandat administratif."),
]
EXP["b80-mairie-fr"] = dict(vendor_name="Espaces Verts Dumont SAS", invoice_number="2025-0416", invoice_date="2025-11-20",
                            total=4068.0, tax=678.0, currency="EUR", customer_name="Mairie de Villeurbanne",
                            vendor_address='45 chemin des Prés 69100 Villeurbanne')

DOCS["b80-zzp-nl"] = [
    (50, 40, "Jan de Groot Timmerwerken"), (50, 54, "Dorpsstraat 88"), (50, 68, "3732 HK De Bilt"),
    (50, 82, "KvK 68123456 | BTW NL001234567B89"),
    (50, 120, "Gemeente Utrecht"), (50, 134, "t.a.v. Crediteurenadministratie"), (50, 148, "Postbus 16200"),
    (50, 162, "3500 CE Utrecht"),
    (350, 120, "Factuurnummer"), (450, 120, "2025-031"), (350, 134, "Factuurdatum"), (450, 134, "27-11-2025"),
    (350, 148, "Inkoopordernummer"), (450, 148, "4500987654"),
    (50, 210, "Omschrijving"), (330, 210, "Uren"), (390, 210, "Tarief"), (470, 210, "Bedrag"),
    (50, 226, "Reparatie kozijnen wijkcentrum"), (330, 226, "16"), (390, 226, "€ 55,00"), (470, 226, "€ 880,00"),
    (50, 240, "Materiaal"), (330, 240, "1"), (390, 240, "€ 212,40"), (470, 240, "€ 212,40"),
    (390, 280, "Subtotaal"), (470, 280, "€ 1.092,40"), (390, 294, "BTW 21%"), (470, 294, "€ 229,40"),
    (390, 312, "Totaal"), (470, 312, "€ 1.321,80"),
]
EXP["b80-zzp-nl"] = dict(vendor_name="Jan de Groot Timmerwerken", invoice_number="2025-031", invoice_date="2025-11-27",
                         total=1321.8, tax=229.4, currency="EUR", customer_name="Gemeente Utrecht",
                         purchase_order="4500987654",
                         vendor_address='Dorpsstraat 88 3732 HK De Bilt')

DOCS["b80-ayuntamiento-es"] = [
    (50, 40, "Climatizaciones Giralda, S.L."), (50, 54, "CIF B41987654"), (50, 68, "Polígono Store, nave 14"),
    (50, 82, "41008 Sevilla"),
    (330, 110, "Ayuntamiento de Sevilla"), (330, 124, "CIF P4109100J"), (330, 138, "Plaza Nueva 1"),
    (330, 152, "41001 Sevilla"),
    (50, 130, "FACTURA"), (50, 150, "Número:"), (120, 150, "A-2025/0388"), (50, 164, "Fecha:"), (120, 164, "21/11/2025"),
    (50, 178, "Expediente:"), (120, 178, "2025/SER/112"),
    (50, 220, "Concepto"), (330, 220, "Unidades"), (400, 220, "Precio"), (480, 220, "Importe"),
    (50, 236, "Mantenimiento climatización edificio Laredo"), (330, 236, "1"), (400, 236, "1.640,00"), (480, 236, "1.640,00"),
    (400, 276, "Base imponible"), (480, 276, "1.640,00"), (400, 290, "IVA 21%"), (480, 290, "344,40"),
    (400, 308, "Total factura"), (480, 308, "1.984,40 €"),
]
EXP["b80-ayuntamiento-es"] = dict(vendor_name="Climatizaciones Giralda, S.L.", invoice_number="A-2025/0388",
                                  invoice_date="2025-11-21", total=1984.4, tax=344.4, currency="EUR",
                                  customer_name="Ayuntamiento de Sevilla",
                                  vendor_address='Polígono Store, nave 14 41008 Sevilla')

DOCS["b80-initials-us"] = [
    (50, 40, "JMC"), (50, 58, "J. Martinez Construction"), (50, 72, "CA License #1045522"),
    (50, 86, "3120 Mission St, San Francisco, CA 94110"),
    (380, 40, "INVOICE"), (380, 58, "Invoice #"), (470, 58, "2025-117"), (380, 72, "Date"), (470, 72, "11/25/2025"),
    (380, 86, "Due"), (470, 86, "Upon receipt"),
    (50, 130, "Bill To"), (50, 144, "Linda Chen"), (50, 158, "418 Noe St"), (50, 172, "San Francisco, CA 94114"),
    (50, 210, "Description"), (400, 210, "Amount"),
    (50, 226, "Bathroom remodel - progress payment 2 of 3"), (400, 226, "12,500.00"),
    (50, 240, "Change order #3: niche tile"), (400, 240, "850.00"),
    (300, 280, "Total"), (400, 280, "$13,350.00"),
]
EXP["b80-initials-us"] = dict(vendor_name="J. Martinez Construction", invoice_number="2025-117",
                              invoice_date="2025-11-25", total=13350.0, currency="USD", customer_name="Linda Chen",
                              vendor_address='3120 Mission St, San Francisco, CA 94110')

DOCS["b80-fatura-pt"] = [
    (50, 40, "Tipografia Douro, Lda."), (50, 54, "Rua de Santa Catarina 210"), (50, 68, "4000-447 Porto"),
    (50, 82, "NIF 509 876 543"),
    (330, 110, "Exmo.(s) Sr.(s)"), (330, 124, "Vinhos do Vale Encantado, S.A."), (330, 138, "Quinta da Ribeira"),
    (330, 152, "5050-011 Peso da Régua"), (330, 166, "NIF 502 345 678"),
    (50, 200, "FATURA FT 2025A/1184"), (50, 216, "Data: 26-11-2025"), (50, 230, "Vencimento: 26-12-2025"),
    (50, 270, "Descrição"), (330, 270, "Qtd."), (390, 270, "Preço"), (480, 270, "Total"),
    (50, 286, "Rótulos autocolantes 750 ml"), (330, 286, "20000"), (390, 286, "0,045"), (480, 286, "900,00"),
    (50, 300, "Cunhos e clichés"), (330, 300, "1"), (390, 300, "150,00"), (480, 300, "150,00"),
    (390, 340, "Total ilíquido"), (480, 340, "1.050,00"), (390, 354, "IVA 23%"), (480, 354, "241,50"),
    (390, 372, "Total documento"), (480, 372, "1.291,50 €"),
]
EXP["b80-fatura-pt"] = dict(vendor_name="Tipografia Douro, Lda.", invoice_number="FT 2025A/1184",
                            invoice_date="2025-11-26", due_date="2025-12-26", total=1291.5, tax=241.5, currency="EUR",
                            customer_name="Vinhos do Vale Encantado, S.A.",
                            vendor_address='Rua de Santa Catarina 210 4000-447 Porto')

DOCS["b80-branch-ch"] = [
    (50, 40, "Sanitär Brunner AG"), (50, 54, "Hauptsitz: Bahnhofstrasse 40, 6300 Zug"),
    (50, 68, "Filiale Luzern: Pilatusstrasse 12, 6003 Luzern"),
    (350, 110, "Hotel Seeblick AG"), (350, 124, "Herr Markus Odermatt"), (350, 138, "Seestrasse 5"),
    (350, 152, "6354 Vitznau"),
    (50, 190, "Rechnung Nr. 25-20931"), (50, 206, "Datum: 19.11.2025"), (50, 220, "Zahlbar bis: 19.12.2025"),
    (50, 260, "Position"), (330, 260, "Menge"), (390, 260, "Preis"), (480, 260, "Betrag"),
    (50, 276, "Boiler 300 l ersetzt"), (330, 276, "1"), (390, 276, "3'480.00"), (480, 276, "3'480.00"),
    (50, 290, "Arbeitsstunden"), (330, 290, "9"), (390, 290, "118.00"), (480, 290, "1'062.00"),
    (390, 330, "Total exkl. MWST"), (480, 330, "4'542.00"), (390, 344, "MWST 8.1%"), (480, 344, "367.90"),
    (390, 362, "Total CHF"), (480, 362, "4'909.90"),
]
EXP["b80-branch-ch"] = dict(vendor_name="Sanitär Brunner AG", invoice_number="25-20931", invoice_date="2025-11-19",
                            due_date="2025-12-19", total=4909.9, tax=367.9, currency="CHF",
                            customer_name="Hotel Seeblick AG",
                            vendor_address='Bahnhofstrasse 40, 6300 Zug')


# blind batch 83: invoices over two pages, payments already made (a deposit, a Schlussrechnung's Abschläge),
# reverse charge, a discount under the lines (Remise 10 %), a Gutschrift printing no currency, US dollars
# billed from Germany, and a logo's brand over the vendor's block beside the customer's heading
PAGES["b83-two-pages-de"] = [[
    (50, 40, "Schreinerei Albrecht GmbH"), (50, 54, "Lindenweg 14"), (50, 68, "72070 Tübingen"),
    (50, 120, "Schreinerei Albrecht GmbH · Lindenweg 14 · 72070 Tübingen"),
    (50, 136, "Hotel Krone KG"), (50, 150, "Marktplatz 2"), (50, 164, "72072 Tübingen"),
    (360, 136, "Rechnungsnummer"), (460, 136, "RE-2025-0412"), (360, 150, "Rechnungsdatum"), (460, 150, "18.06.2025"),
    (360, 164, "Kundennummer"), (460, 164, "K-2031"), (360, 178, "Leistungszeitraum"), (460, 178, "Mai 2025"),
    (50, 220, "Rechnung"),
    (50, 250, "Pos."), (85, 250, "Bezeichnung"), (330, 250, "Menge"), (385, 250, "Einzelpreis"), (480, 250, "Gesamt"),
    (50, 266, "1"), (85, 266, "Zimmertür Eiche furniert, inkl. Zarge"), (330, 266, "12"), (385, 266, "485,00"), (480, 266, "5.820,00"),
    (50, 280, "2"), (85, 280, "Drückergarnitur Edelstahl"), (330, 280, "12"), (385, 280, "68,50"), (480, 280, "822,00"),
    (50, 294, "3"), (85, 294, "Montage Türen, Stunden"), (330, 294, "36"), (385, 294, "58,00"), (480, 294, "2.088,00"),
    (50, 308, "4"), (85, 308, "Einbauschrank Rezeption nach Maß"), (330, 308, "1"), (385, 308, "3.950,00"), (480, 308, "3.950,00"),
    (360, 740, "Übertrag"), (480, 740, "12.680,00"),
    (50, 790, "Seite 1 von 2"),
    (50, 805, "Schreinerei Albrecht GmbH · HRB 382114 Amtsgericht Stuttgart · USt-IdNr. DE287654321"),
  ], [
    (50, 40, "Rechnung RE-2025-0412 vom 18.06.2025"), (480, 40, "Seite 2 von 2"),
    (50, 80, "Pos."), (85, 80, "Bezeichnung"), (330, 80, "Menge"), (385, 80, "Einzelpreis"), (480, 80, "Gesamt"),
    (360, 96, "Übertrag"), (480, 96, "12.680,00"),
    (50, 110, "5"), (85, 110, "Montage Einbauschrank, Stunden"), (330, 110, "14"), (385, 110, "58,00"), (480, 110, "812,00"),
    (50, 124, "6"), (85, 124, "Entsorgung Altmaterial, pauschal"), (330, 124, "1"), (385, 124, "180,00"), (480, 124, "180,00"),
    (360, 160, "Nettobetrag"), (480, 160, "13.672,00"), (360, 174, "USt. 19 %"), (480, 174, "2.597,68"),
    (360, 188, "Rechnungsbetrag"), (480, 188, "16.269,68"),
    (50, 230, "Zahlbar innerhalb von 14 Tagen ohne Abzug auf DE44 6405 0000 0001 2345 67."),
    (50, 805, "Schreinerei Albrecht GmbH · HRB 382114 Amtsgericht Stuttgart · USt-IdNr. DE287654321"),
]]
EXP["b83-two-pages-de"] = dict(vendor_name="Schreinerei Albrecht GmbH", invoice_number="RE-2025-0412",
    invoice_date="2025-06-18", total=16269.68, tax=2597.68, subtotal=13672.0, currency="EUR",
    customer_name="Hotel Krone KG", vendor_address="Lindenweg 14 72070 Tübingen")

PAGES["b83-two-pages-uk"] = [[
    (380, 40, "INVOICE"),
    (50, 40, "Pennine Office Supplies Ltd"), (50, 54, "3 Canal Wharf"), (50, 68, "Huddersfield HD1 6RX"),
    (50, 82, "VAT No. GB 284 1190 57"),
    (380, 80, "Invoice No:"), (460, 80, "POS-77120"), (380, 94, "Date:"), (460, 94, "02/07/2025"),
    (380, 108, "Account:"), (460, 108, "HOLM01"), (380, 122, "Your order:"), (460, 122, "PO 5521"),
    (50, 130, "Invoice to:"), (50, 144, "Holmfirth Medical Practice"), (50, 158, "Station Road"), (50, 172, "Holmfirth HD9 7AA"),
    (50, 220, "Code"), (110, 220, "Description"), (340, 220, "Qty"), (390, 220, "Price"), (480, 220, "Net"),
    (50, 236, "A4-80"), (110, 236, "Copier paper A4 80gsm, box of 5 reams"), (340, 236, "20"), (390, 236, "21.95"), (480, 236, "439.00"),
    (50, 250, "TNR-HP58"), (110, 250, "HP 58X toner, black"), (340, 250, "6"), (390, 250, "142.00"), (480, 250, "852.00"),
    (50, 264, "ENV-DL"), (110, 264, "DL envelopes, window, 1000"), (340, 264, "4"), (390, 264, "18.40"), (480, 264, "73.60"),
    (50, 278, "CHR-ERG"), (110, 278, "Ergonomic chair, mesh back"), (340, 278, "3"), (390, 278, "189.00"), (480, 278, "567.00"),
    (400, 760, "Continued overleaf"),
    (50, 790, "Page 1 of 2"),
    (50, 805, "Pennine Office Supplies Ltd. Registered in England No. 05512934"),
  ], [
    (50, 40, "Invoice POS-77120 continued"), (480, 40, "Page 2 of 2"),
    (50, 80, "Code"), (110, 80, "Description"), (340, 80, "Qty"), (390, 80, "Price"), (480, 80, "Net"),
    (50, 96, "DSK-140"), (110, 96, "Desk 1400 x 800, oak effect"), (340, 96, "2"), (390, 96, "245.00"), (480, 96, "490.00"),
    (50, 110, "DEL"), (110, 110, "Delivery and assembly"), (340, 110, "1"), (390, 110, "60.00"), (480, 110, "60.00"),
    (390, 150, "Net total"), (480, 150, "2,481.60"), (390, 164, "VAT @ 20%"), (480, 164, "496.32"),
    (390, 178, "Invoice total"), (480, 178, "£2,977.92"),
    (50, 220, "Terms: 30 days from invoice date."),
    (50, 805, "Pennine Office Supplies Ltd. Registered in England No. 05512934"),
]]
EXP["b83-two-pages-uk"] = dict(vendor_name="Pennine Office Supplies Ltd", invoice_number="POS-77120",
    invoice_date="2025-07-02", total=2977.92, tax=496.32, subtotal=2481.6, currency="GBP", purchase_order="5521",
    customer_name="Holmfirth Medical Practice", vendor_address="3 Canal Wharf Huddersfield HD1 6RX")

DOCS["b83-deposit-us"] = [
    (50, 40, "Cedar & Stone Landscaping LLC"), (50, 54, "2210 Old Mill Road"), (50, 68, "Asheville, NC 28806"),
    (50, 82, "(828) 555-0147"),
    (400, 40, "INVOICE"), (400, 60, "Invoice #"), (480, 60, "1187"), (400, 74, "Date"), (480, 74, "08/14/2025"),
    (400, 88, "Due"), (480, 88, "09/13/2025"),
    (50, 130, "Bill To"), (50, 144, "Margaret Ellison"), (50, 158, "41 Laurel Ridge Dr"), (50, 172, "Asheville, NC 28803"),
    (50, 220, "Description"), (480, 220, "Amount"),
    (50, 236, "Flagstone patio, 18 x 14 ft, materials and labor"), (480, 236, "$6,400.00"),
    (50, 250, "Retaining wall, natural stone, 32 linear ft"), (480, 250, "$3,850.00"),
    (50, 264, "Plantings per design (shrubs, perennials)"), (480, 264, "$1,275.00"),
    (380, 300, "Subtotal"), (480, 300, "$11,525.00"), (380, 314, "Sales tax 7%"), (480, 314, "$806.75"),
    (380, 328, "Total"), (480, 328, "$12,331.75"), (380, 342, "Less deposit received 06/30"), (480, 342, "-$4,000.00"),
    (380, 356, "Balance due"), (480, 356, "$8,331.75"),
    (50, 400, "Thank you! Checks payable to Cedar & Stone Landscaping LLC."),
]
EXP["b83-deposit-us"] = dict(vendor_name="Cedar & Stone Landscaping LLC", invoice_number="1187",
    invoice_date="2025-08-14", due_date="2025-09-13", total=12331.75, tax=806.75, amount_due=8331.75, currency="USD",
    customer_name="Margaret Ellison", vendor_address="2210 Old Mill Road Asheville, NC 28806")

DOCS["b83-schlussrechnung-de"] = [
    (350, 40, "Elektro Hofmann e.K."), (350, 54, "Gewerbering 9"), (350, 68, "97076 Würzburg"),
    (50, 120, "Elektro Hofmann e.K., Gewerbering 9, 97076 Würzburg"),
    (50, 136, "Wohnbau Main GmbH"), (50, 150, "Herrn Dipl.-Ing. K. Brenner"), (50, 164, "Ludwigstraße 20"), (50, 178, "97070 Würzburg"),
    (350, 136, "Rechnung Nr."), (450, 136, "SR-25-019"), (350, 150, "Datum"), (450, 150, "30.09.2025"),
    (350, 164, "Bauvorhaben"), (450, 164, "MFH Sanderau"),
    (50, 230, "Schlussrechnung"),
    (50, 260, "Leistung"), (480, 260, "Betrag"),
    (50, 276, "Elektroinstallation gemäß Angebot 2025-044 und Aufmaß"), (480, 276, "42.300,00"),
    (50, 290, "Nachtrag 1: Wallbox-Vorbereitung Tiefgarage"), (480, 290, "3.150,00"),
    (330, 320, "Summe netto"), (480, 320, "45.450,00"), (330, 334, "zzgl. 19 % USt."), (480, 334, "8.635,50"),
    (330, 348, "Gesamtbetrag brutto"), (480, 348, "54.085,50"),
    (330, 370, "abzgl. 1. Abschlagsrechnung AR-25-011"), (480, 370, "-17.850,00"),
    (330, 384, "abzgl. 2. Abschlagsrechnung AR-25-015"), (480, 384, "-17.850,00"),
    (330, 404, "Noch zu zahlen"), (480, 404, "18.385,50"),
    (50, 450, "Zahlbar bis 14.10.2025 ohne Abzug."),
    (50, 800, "Inhaber Thomas Hofmann · USt-IdNr. DE311224455 · Sparkasse Mainfranken IBAN DE21 7905 0000 0044 1122 33"),
]
EXP["b83-schlussrechnung-de"] = dict(vendor_name="Elektro Hofmann e.K.", invoice_number="SR-25-019",
    invoice_date="2025-09-30", total=54085.5, tax=8635.5, amount_due=18385.5, currency="EUR",
    customer_name="Wohnbau Main GmbH", vendor_address="Gewerbering 9 97076 Würzburg")

DOCS["b83-reverse-charge-nl"] = [
    (50, 40, "Pixelwerf B.V."), (50, 54, "Vondelstraat 120"), (50, 68, "1054 GS Amsterdam"),
    (50, 82, "KvK 81234567 | BTW NL862345678B01"),
    (350, 40, "FACTUUR / INVOICE"),
    (350, 70, "Factuurnummer"), (450, 70, "PW-2025-088"), (350, 84, "Factuurdatum"), (450, 84, "01-08-2025"),
    (350, 98, "Vervaldatum"), (450, 98, "31-08-2025"),
    (50, 130, "Klant"), (50, 144, "Nordlicht Media GmbH"), (50, 158, "Schanzenstraße 7"), (50, 172, "20357 Hamburg"),
    (50, 186, "Duitsland"), (50, 200, "USt-IdNr. DE298765432"),
    (50, 240, "Omschrijving"), (330, 240, "Uren"), (390, 240, "Tarief"), (480, 240, "Bedrag"),
    (50, 256, "UX-onderzoek en prototypes juli"), (330, 256, "64"), (390, 256, "€ 95,00"), (480, 256, "€ 6.080,00"),
    (50, 270, "Usability-test, 8 deelnemers"), (330, 270, "1"), (390, 270, "€ 1.400,00"), (480, 270, "€ 1.400,00"),
    (350, 300, "Subtotaal"), (480, 300, "€ 7.480,00"), (350, 314, "BTW verlegd"), (480, 314, "€ 0,00"),
    (350, 328, "Totaal"), (480, 328, "€ 7.480,00"),
    (50, 370, "BTW verlegd naar afnemer (art. 196 Richtlijn 2006/112/EG). Reverse charge."),
]
EXP["b83-reverse-charge-nl"] = dict(vendor_name="Pixelwerf B.V.", invoice_number="PW-2025-088",
    invoice_date="2025-08-01", due_date="2025-08-31", total=7480.0, tax=0.0, currency="EUR",
    customer_name="Nordlicht Media GmbH", vendor_address="Vondelstraat 120 1054 GS Amsterdam")

DOCS["b83-remise-fr"] = [
    (50, 40, "Imprimerie du Vieux Port"), (50, 54, "27 quai de Rive-Neuve"), (50, 68, "13007 Marseille"),
    (50, 82, "SAS au capital de 20 000 € - RCS Marseille 812 345 678"),
    (330, 120, "Facturé à :"), (330, 134, "Association Les Calanques Vivantes"), (330, 148, "5 rue Sainte"), (330, 162, "13001 Marseille"),
    (50, 200, "Facture n° 2025-0931"), (50, 214, "Date : 09/09/2025"), (50, 228, "Date d'échéance : 09/10/2025"),
    (50, 260, "Désignation"), (300, 260, "Qté"), (360, 260, "P.U. HT"), (470, 260, "Total HT"),
    (50, 276, "Affiches A2 quadri, couché 170 g"), (300, 276, "500"), (360, 276, "1,20"), (470, 276, "600,00"),
    (50, 290, "Flyers A5 recto-verso"), (300, 290, "5000"), (360, 290, "0,09"), (470, 290, "450,00"),
    (50, 304, "Kakémonos 85 x 200"), (300, 304, "2"), (360, 304, "95,00"), (470, 304, "190,00"),
    (360, 334, "Total HT"), (470, 334, "1 240,00 €"), (360, 348, "Remise 10 %"), (470, 348, "-124,00 €"),
    (360, 362, "Net HT"), (470, 362, "1 116,00 €"), (360, 376, "TVA 20 %"), (470, 376, "223,20 €"),
    (360, 390, "Total TTC"), (470, 390, "1 339,20 €"),
    (50, 430, "Règlement par virement à réception. Pas d'escompte pour paiement anticipé."),
]
EXP["b83-remise-fr"] = dict(vendor_name="Imprimerie du Vieux Port", invoice_number="2025-0931",
    invoice_date="2025-09-09", due_date="2025-10-09", total=1339.2, tax=223.2, subtotal=1116.0, currency="EUR",
    customer_name="Association Les Calanques Vivantes", vendor_address="27 quai de Rive-Neuve 13007 Marseille")

DOCS["b83-gutschrift-de"] = [
    (50, 40, "Bürowelt Kessler GmbH"), (50, 54, "Am Hafen 3"), (50, 68, "28217 Bremen"),
    (50, 120, "Bürowelt Kessler GmbH · Am Hafen 3 · 28217 Bremen"),
    (50, 136, "Steuerkanzlei Ohlsen"), (50, 150, "Contrescarpe 44"), (50, 164, "28203 Bremen"),
    (360, 136, "Gutschrift Nr."), (460, 136, "GS-2025-0077"), (360, 150, "Datum"), (460, 150, "22.10.2025"),
    (360, 164, "zu Rechnung"), (460, 164, "RE-2025-1841"),
    (50, 220, "Rechnungskorrektur / Gutschrift"),
    (50, 250, "Artikel"), (330, 250, "Menge"), (390, 250, "Preis"), (480, 250, "Betrag"),
    (50, 266, "Aktenvernichter P-4, Rücknahme"), (330, 266, "-1"), (390, 266, "329,00"), (480, 266, "-329,00"),
    (50, 280, "Versandkostenanteil"), (330, 280, "-1"), (390, 280, "9,90"), (480, 280, "-9,90"),
    (360, 310, "Netto"), (480, 310, "-338,90"), (360, 324, "USt. 19 %"), (480, 324, "-64,39"),
    (360, 338, "Gutschriftsbetrag"), (480, 338, "-403,29"),
    (50, 380, "Der Betrag wird Ihrem Konto innerhalb von 5 Werktagen gutgeschrieben."),
]
EXP["b83-gutschrift-de"] = dict(vendor_name="Bürowelt Kessler GmbH", invoice_number="GS-2025-0077",
    invoice_date="2025-10-22", total=-403.29, tax=-64.39, currency="EUR",
    customer_name="Steuerkanzlei Ohlsen", vendor_address="Am Hafen 3 28217 Bremen")

DOCS["b83-usd-from-de"] = [
    (50, 40, "Kraftwerk Audio Systems GmbH"), (50, 54, "Hansaallee 201"), (50, 68, "40549 Düsseldorf, Germany"),
    (50, 82, "VAT ID DE276543219"),
    (380, 40, "COMMERCIAL INVOICE"),
    (380, 70, "Invoice No."), (470, 70, "KAS-US-2025-031"), (380, 84, "Invoice Date"), (470, 84, "Nov 3, 2025"),
    (380, 98, "Terms"), (470, 98, "Net 45"),
    (50, 130, "Sold to"), (50, 144, "Bayside Sound Rentals Inc."), (50, 158, "880 Harrison St"), (50, 172, "San Francisco, CA 94107, USA"),
    (300, 130, "Ship to"), (300, 144, "Bayside Sound Rentals Inc."), (300, 158, "Warehouse 3, 1500 Cesar Chavez St"), (300, 172, "San Francisco, CA 94124"),
    (50, 220, "Item"), (300, 220, "Qty"), (360, 220, "Unit (USD)"), (470, 220, "Total (USD)"),
    (50, 236, "KA-M12 active monitor"), (300, 236, "8"), (360, 236, "1,240.00"), (470, 236, "9,920.00"),
    (50, 250, "KA-S18 subwoofer"), (300, 250, "4"), (360, 250, "1,890.00"), (470, 250, "7,560.00"),
    (50, 264, "Freight and insurance (CIP Oakland)"), (300, 264, "1"), (360, 264, "1,150.00"), (470, 264, "1,150.00"),
    (360, 294, "Total USD"), (470, 294, "18,630.00"),
    (50, 330, "VAT 0 % - export delivery outside the EU (Sec. 4 No. 1a UStG)"),
    (50, 344, "Bank: Deutsche Bank AG, IBAN DE89 3007 0010 0123 4567 00, SWIFT DEUTDEDD"),
    (50, 358, "Prices in EUR for reference: EUR 16,142.00 at 1.1541"),
]
EXP["b83-usd-from-de"] = dict(vendor_name="Kraftwerk Audio Systems GmbH", invoice_number="KAS-US-2025-031",
    invoice_date="2025-11-03", total=18630.0, currency="USD",
    customer_name="Bayside Sound Rentals Inc.", vendor_address="Hansaallee 201 40549 Düsseldorf, Germany")

DOCS["b83-logo-right-uk"] = [
    (400, 40, "NORTHFIELD"), (400, 54, "PRINT & DESIGN"),
    (50, 60, "INVOICE"),
    (50, 110, "Invoice to:"), (350, 110, "Northfield Print & Design Ltd"),
    (50, 124, "Greenway Primary School"), (350, 124, "14 Mill Lane"),
    (50, 138, "Attn: School Business Manager"), (350, 138, "Bradford BD4 7TT"),
    (50, 152, "Greenway Road"), (350, 152, "01274 555 019"),
    (50, 166, "Bradford BD5 9PL"), (350, 166, "accounts@northfieldprint.co.uk"),
    (50, 210, "Invoice number"), (180, 210, "Date"), (300, 210, "Due date"),
    (50, 224, "NPD-3391"), (180, 224, "12/09/2025"), (300, 224, "12/10/2025"),
    (50, 260, "Description"), (330, 260, "Qty"), (390, 260, "Unit"), (480, 260, "Total"),
    (50, 276, "School prospectus, 24pp, A4"), (330, 276, "300"), (390, 276, "2.10"), (480, 276, "630.00"),
    (50, 290, "Pull-up banners"), (330, 290, "2"), (390, 290, "65.00"), (480, 290, "130.00"),
    (390, 320, "Subtotal"), (480, 320, "760.00"), (390, 334, "VAT 20%"), (480, 334, "152.00"),
    (390, 348, "Total due"), (480, 348, "£912.00"),
    (50, 800, "Northfield Print & Design Ltd · Company No. 09876543 · VAT GB 334 5566 77"),
]
EXP["b83-logo-right-uk"] = dict(vendor_name="Northfield Print & Design Ltd", invoice_number="NPD-3391",
    invoice_date="2025-09-12", due_date="2025-10-12", total=912.0, tax=152.0, currency="GBP",
    customer_name="Greenway Primary School", vendor_address="14 Mill Lane Bradford BD4 7TT")


# blind batch 85: what else an invoice folder holds — quotes, pro formas, a delivery note, an order's
# confirmation, a payment reminder: each flagged, by its title, or by the invoice number it lacks — and two
# invoices that name a quote or a delivery note in a field, not flagged
DOCS["b85-angebot-de"] = [
    (350, 40, "Malerbetrieb Kühn GmbH"), (350, 54, "Wiesenweg 4"), (350, 68, "34117 Kassel"),
    (50, 120, "Malerbetrieb Kühn GmbH · Wiesenweg 4 · 34117 Kassel"),
    (50, 136, "Familie Schröder"), (50, 150, "Goethestraße 31"), (50, 164, "34119 Kassel"),
    (350, 136, "Angebot Nr."), (450, 136, "AN-2025-031"), (350, 150, "Datum"), (450, 150, "02.06.2025"),
    (350, 164, "Gültig bis"), (450, 164, "02.07.2025"),
    (50, 220, "Angebot"),
    (50, 240, "Sehr geehrte Familie Schröder, wir bieten Ihnen folgende Leistungen an:"),
    (50, 270, "Pos."), (85, 270, "Leistung"), (330, 270, "Menge"), (385, 270, "Einzelpreis"), (480, 270, "Gesamt"),
    (50, 286, "1"), (85, 286, "Wohnzimmer streichen, 2x Dispersion"), (330, 286, "68"), (385, 286, "9,50"), (480, 286, "646,00"),
    (50, 300, "2"), (85, 300, "Abdeckarbeiten"), (330, 300, "1"), (385, 300, "120,00"), (480, 300, "120,00"),
    (360, 330, "Nettobetrag"), (480, 330, "766,00"), (360, 344, "USt. 19 %"), (480, 344, "145,54"),
    (360, 358, "Angebotssumme"), (480, 358, "911,54"),
    (50, 400, "Wir freuen uns auf Ihren Auftrag."),
]
EXP["b85-angebot-de"] = dict(vendor_name="Malerbetrieb Kühn GmbH", invoice_date="2025-06-02", currency="EUR")
FLAGGED["b85-angebot-de"] = "not an invoice to book"

DOCS["b85-quote-us"] = [
    (50, 40, "Summit Roofing & Gutters Inc."), (50, 54, "780 Ridge Ave"), (50, 68, "Boulder, CO 80302"),
    (420, 40, "QUOTE"), (380, 70, "Quote #"), (470, 70, "Q-1042"), (380, 84, "Date"), (470, 84, "06/03/2025"),
    (380, 98, "Valid until"), (470, 98, "07/03/2025"),
    (50, 130, "Prepared for"), (50, 144, "Daniel Ortiz"), (50, 158, "1450 Mapleton Ave"), (50, 172, "Boulder, CO 80304"),
    (50, 220, "Description"), (330, 220, "Qty"), (390, 220, "Rate"), (480, 220, "Amount"),
    (50, 236, "Tear-off and replace asphalt shingles, 24 sq"), (330, 236, "24"), (390, 236, "$465.00"), (480, 236, "$11,160.00"),
    (50, 250, "Seamless gutters, 5 in., 140 ft"), (330, 250, "140"), (390, 250, "$12.50"), (480, 250, "$1,750.00"),
    (390, 280, "Subtotal"), (480, 280, "$12,910.00"), (390, 294, "Total"), (480, 294, "$12,910.00"),
    (50, 330, "To accept this quote, sign and return. 30% deposit due on acceptance."),
]
EXP["b85-quote-us"] = dict(vendor_name="Summit Roofing & Gutters Inc.", currency="USD")
FLAGGED["b85-quote-us"] = "not an invoice to book"  # (and invoice_number is missing: a Quote # is none)

DOCS["b85-devis-fr"] = [
    (50, 40, "Plomberie Moreau"), (50, 54, "5 rue des Lilas"), (50, 68, "44000 Nantes"), (50, 82, "SIRET 845 123 456 00018"),
    (330, 120, "Client :"), (330, 134, "M. et Mme Le Gall"), (330, 148, "12 boulevard Guist'hau"), (330, 162, "44000 Nantes"),
    (50, 200, "DEVIS N° D2025-044"), (50, 214, "Date : 04/06/2025"), (50, 228, "Validité : 30 jours"),
    (50, 260, "Désignation"), (300, 260, "Qté"), (360, 260, "P.U. HT"), (470, 260, "Total HT"),
    (50, 276, "Remplacement chauffe-eau 200 L"), (300, 276, "1"), (360, 276, "890,00"), (470, 276, "890,00"),
    (50, 290, "Main d'oeuvre"), (300, 290, "4"), (360, 290, "55,00"), (470, 290, "220,00"),
    (360, 320, "Total HT"), (470, 320, "1 110,00 €"), (360, 334, "TVA 10 %"), (470, 334, "111,00 €"),
    (360, 348, "Total TTC"), (470, 348, "1 221,00 €"),
    (50, 390, "Bon pour accord, date et signature :"),
]
EXP["b85-devis-fr"] = dict(vendor_name="Plomberie Moreau", currency="EUR")
FLAGGED["b85-devis-fr"] = "not an invoice to book"

DOCS["b85-proforma-uk"] = [
    (50, 40, "Harrow Scientific Ltd"), (50, 54, "Unit 12, Brunel Park"), (50, 68, "Didcot OX11 7HJ"),
    (360, 40, "PRO FORMA INVOICE"),
    (360, 70, "Pro forma No."), (460, 70, "PF-5531"), (360, 84, "Date"), (460, 84, "05/06/2025"),
    (50, 130, "Customer"), (50, 144, "Oxford BioLabs Ltd"), (50, 158, "Begbroke Science Park"), (50, 172, "Oxford OX5 1PF"),
    (50, 220, "Description"), (330, 220, "Qty"), (390, 220, "Unit price"), (480, 220, "Total"),
    (50, 236, "Centrifuge MC-24, refrigerated"), (330, 236, "1"), (390, 236, "6,850.00"), (480, 236, "6,850.00"),
    (390, 270, "Net"), (480, 270, "6,850.00"), (390, 284, "VAT 20%"), (480, 284, "1,370.00"),
    (390, 298, "Total GBP"), (480, 298, "8,220.00"),
    (50, 340, "Payment in advance required. Goods ship on receipt of funds. A VAT invoice will follow."),
]
EXP["b85-proforma-uk"] = dict(vendor_name="Harrow Scientific Ltd", currency="GBP")
FLAGGED["b85-proforma-uk"] = "not an invoice to book"

DOCS["b85-lieferschein-de"] = [
    (50, 40, "Getränke Vogt KG"), (50, 54, "Brauereistraße 2"), (50, 68, "95444 Bayreuth"),
    (50, 120, "Getränke Vogt KG · Brauereistraße 2 · 95444 Bayreuth"),
    (50, 136, "Gasthof Zur Linde"), (50, 150, "Dorfplatz 1"), (50, 164, "95466 Weidenberg"),
    (350, 136, "Lieferschein Nr."), (460, 136, "LS-77812"), (350, 150, "Lieferdatum"), (460, 150, "06.06.2025"),
    (350, 164, "Kundennr."), (460, 164, "4410"),
    (50, 220, "Lieferschein"),
    (50, 250, "Artikel"), (330, 250, "Menge"), (400, 250, "Einheit"),
    (50, 266, "Pils 0,5 l, Kasten 20"), (330, 266, "15"), (400, 266, "Kasten"),
    (50, 280, "Apfelschorle 0,5 l, Kasten 20"), (330, 280, "6"), (400, 280, "Kasten"),
    (50, 294, "Leergut zurück"), (330, 294, "-18"), (400, 294, "Kasten"),
    (50, 340, "Ware erhalten: ____________"),
]
EXP["b85-lieferschein-de"] = dict(vendor_name="Getränke Vogt KG")
FLAGGED["b85-lieferschein-de"] = "not an invoice to book"

DOCS["b85-mahnung-de"] = [
    (350, 40, "Müller Elektrotechnik GmbH"), (350, 54, "Industriestraße 5"), (350, 68, "80339 München"),
    (50, 120, "Müller Elektrotechnik GmbH · Industriestraße 5 · 80339 München"),
    (50, 136, "Bäckerei Huber KG"), (50, 150, "Hauptstraße 3"), (50, 164, "80331 München"),
    (350, 136, "Datum"), (450, 136, "07.06.2025"), (350, 150, "Kundennr."), (450, 150, "10042"),
    (50, 220, "Zahlungserinnerung"),
    (50, 240, "Sicher haben Sie übersehen, dass folgende Rechnung noch offen ist:"),
    (50, 270, "Rechnung"), (170, 270, "vom"), (260, 270, "fällig am"), (480, 270, "Betrag"),
    (50, 286, "2025-118"), (170, 286, "03.04.2025"), (260, 286, "17.04.2025"), (480, 286, "1.428,00 €"),
    (350, 320, "Offener Betrag"), (480, 320, "1.428,00 €"),
    (50, 360, "Bitte überweisen Sie den Betrag bis zum 17.06.2025."),
]
EXP["b85-mahnung-de"] = dict(vendor_name="Müller Elektrotechnik GmbH", currency="EUR")
FLAGGED["b85-mahnung-de"] = "not an invoice to book"  # (and invoice_number is missing)

DOCS["b85-auftrag-de"] = [
    (50, 40, "Küchenstudio Brandt GmbH"), (50, 54, "Am Markt 9"), (50, 68, "48143 Münster"),
    (50, 120, "Küchenstudio Brandt GmbH · Am Markt 9 · 48143 Münster"),
    (50, 136, "Herrn Jonas Weber"), (50, 150, "Kanalstraße 40"), (50, 164, "48147 Münster"),
    (350, 136, "Auftrags-Nr."), (460, 136, "AB-2025-207"), (350, 150, "Datum"), (460, 150, "09.06.2025"),
    (50, 220, "Auftragsbestätigung"),
    (50, 250, "Pos."), (85, 250, "Bezeichnung"), (330, 250, "Menge"), (385, 250, "Einzelpreis"), (480, 250, "Gesamt"),
    (50, 266, "1"), (85, 266, "Einbauküche Modell Linea, laut Planung"), (330, 266, "1"), (385, 266, "14.200,00"), (480, 266, "14.200,00"),
    (50, 280, "2"), (85, 280, "Montage"), (330, 280, "1"), (385, 280, "950,00"), (480, 280, "950,00"),
    (360, 310, "Nettobetrag"), (480, 310, "15.150,00"), (360, 324, "USt. 19 %"), (480, 324, "2.878,50"),
    (360, 338, "Gesamtbetrag"), (480, 338, "18.028,50"),
    (50, 380, "Liefertermin: KW 30. Anzahlung 30 % nach Erhalt der Anzahlungsrechnung."),
]
EXP["b85-auftrag-de"] = dict(vendor_name="Küchenstudio Brandt GmbH", currency="EUR")
FLAGGED["b85-auftrag-de"] = "not an invoice to book"

DOCS["b85-proforma-es"] = [
    (50, 40, "Aceites del Sur S.L."), (50, 54, "Polígono Industrial El Cruce, Nave 4"), (50, 68, "23400 Úbeda (Jaén)"),
    (50, 82, "CIF B23456789"),
    (350, 120, "Cliente:"), (350, 134, "Delikatessen Nord GmbH"), (350, 148, "Große Elbstraße 145"), (350, 162, "22767 Hamburg"),
    (50, 200, "FACTURA PROFORMA"), (50, 214, "Nº PF-2025/019"), (50, 228, "Fecha: 10/06/2025"),
    (50, 260, "Descripción"), (300, 260, "Cant."), (360, 260, "Precio"), (470, 260, "Importe"),
    (50, 276, "AOVE Picual 5 L"), (300, 276, "120"), (360, 276, "38,00"), (470, 276, "4.560,00"),
    (360, 310, "Base imponible"), (470, 310, "4.560,00 €"), (360, 324, "IVA 0 % (entrega intracomunitaria)"), (470, 324, "0,00 €"),
    (360, 338, "Total"), (470, 338, "4.560,00 €"),
]
EXP["b85-proforma-es"] = dict(vendor_name="Aceites del Sur S.L.", currency="EUR")
FLAGGED["b85-proforma-es"] = "not an invoice to book"

DOCS["b85-rechnung-refs-de"] = [
    (350, 40, "Malerbetrieb Kühn GmbH"), (350, 54, "Wiesenweg 4"), (350, 68, "34117 Kassel"),
    (50, 120, "Malerbetrieb Kühn GmbH · Wiesenweg 4 · 34117 Kassel"),
    (50, 136, "Familie Schröder"), (50, 150, "Goethestraße 31"), (50, 164, "34119 Kassel"),
    (350, 136, "Angebot Nr."), (460, 136, "AN-2025-031"), (350, 150, "Lieferschein Nr."), (460, 150, "LS-1120"),
    (350, 164, "Rechnungsnr."), (460, 164, "RE-2025-0388"), (350, 178, "Datum"), (460, 178, "30.06.2025"),
    (50, 220, "Rechnung"),
    (50, 250, "Pos."), (85, 250, "Leistung"), (330, 250, "Menge"), (385, 250, "Einzelpreis"), (480, 250, "Gesamt"),
    (50, 266, "1"), (85, 266, "Wohnzimmer streichen laut Angebot"), (330, 266, "68"), (385, 266, "9,50"), (480, 266, "646,00"),
    (50, 280, "2"), (85, 280, "Abdeckarbeiten"), (330, 280, "1"), (385, 280, "120,00"), (480, 280, "120,00"),
    (360, 310, "Nettobetrag"), (480, 310, "766,00"), (360, 324, "USt. 19 %"), (480, 324, "145,54"),
    (360, 338, "Rechnungsbetrag"), (480, 338, "911,54"),
]
EXP["b85-rechnung-refs-de"] = dict(vendor_name="Malerbetrieb Kühn GmbH", invoice_number="RE-2025-0388",
    invoice_date="2025-06-30", total=911.54, tax=145.54, currency="EUR", customer_name="Familie Schröder")

DOCS["b85-invoice-refs-us"] = [
    (50, 40, "Summit Roofing & Gutters Inc."), (50, 54, "780 Ridge Ave"), (50, 68, "Boulder, CO 80302"),
    (420, 40, "INVOICE"), (380, 70, "Invoice #"), (470, 70, "4471"), (380, 84, "Date"), (470, 84, "07/15/2025"),
    (380, 98, "Quote ref."), (470, 98, "Q-1042"), (380, 112, "Due"), (470, 112, "08/14/2025"),
    (50, 130, "Bill to"), (50, 144, "Daniel Ortiz"), (50, 158, "1450 Mapleton Ave"), (50, 172, "Boulder, CO 80304"),
    (50, 220, "Description"), (330, 220, "Qty"), (390, 220, "Rate"), (480, 220, "Amount"),
    (50, 236, "Roof replacement per quote Q-1042"), (330, 236, "1"), (390, 236, "$12,910.00"), (480, 236, "$12,910.00"),
    (390, 270, "Total"), (480, 270, "$12,910.00"), (390, 284, "Less deposit paid"), (480, 284, "-$3,873.00"),
    (390, 298, "Balance due"), (480, 298, "$9,037.00"),
]
EXP["b85-invoice-refs-us"] = dict(vendor_name="Summit Roofing & Gutters Inc.", invoice_number="4471",
    invoice_date="2025-07-15", due_date="2025-08-14", total=12910.0, amount_due=9037.0, currency="USD",
    customer_name="Daniel Ortiz")


# blind batch 86: numbers, dates and totals written in ways not seen before — a Belgian structured payment
# reference beside the number, ordinal dates, a total in two currencies, an Austrian service period, a number
# printed in groups (F 2025 0088), Spanish dates in words, the amount due at the top beside the vendor, a
# number with slashes, a number only after the title in the line's first cell, US dates in words (7 of 10
# right before the rules learnt from them; the 3 wrong ones flagged)
DOCS["b86-be-structured"] = [
    (50, 40, "Menuiserie Dubois SRL"), (50, 54, "Rue de la Station 12"), (50, 68, "5000 Namur"),
    (50, 82, "TVA BE 0712.345.678"),
    (330, 120, "Client"), (330, 134, "Brasserie du Parc"), (330, 148, "Avenue Reine Astrid 8"), (330, 162, "5000 Namur"),
    (50, 200, "Facture n° 2025/0147"), (50, 214, "Date de facture : 3 juin 2025"), (50, 228, "Échéance : 3 juillet 2025"),
    (50, 270, "Description"), (330, 270, "Qté"), (390, 270, "Prix unit."), (480, 270, "Total HTVA"),
    (50, 286, "Comptoir en chêne massif, pose comprise"), (330, 286, "1"), (390, 286, "1.250,00"), (480, 286, "1.250,00"),
    (360, 320, "Total HTVA"), (480, 320, "1.250,00 €"), (360, 334, "TVA 21 %"), (480, 334, "262,50 €"),
    (360, 348, "Total TVAC"), (480, 348, "1.512,50 €"),
    (50, 390, "Merci de verser le montant sur BE71 0961 2345 6769 avec la communication +++090/9337/55493+++"),
]
EXP["b86-be-structured"] = dict(vendor_name="Menuiserie Dubois SRL", invoice_number="2025/0147", invoice_date="2025-06-03",
                                due_date="2025-07-03", total=1512.5, currency="EUR")

DOCS["b86-uk-ordinal"] = [
    (50, 40, "Hartley & Finch Ltd"), (50, 54, "14 Wharf Road"), (50, 68, "Bristol BS1 4RN"),
    (380, 40, "INVOICE #INV-00342"), (380, 58, "Issued: 2nd June 2025"), (380, 72, "Due: 16th June 2025"),
    (50, 120, "Bill to"), (50, 134, "Marlow Estates Ltd"), (50, 148, "3 Queen Square"), (50, 162, "Bristol BS1 4JQ"),
    (50, 210, "Item"), (330, 210, "Qty"), (390, 210, "Price"), (480, 210, "Amount"),
    (50, 226, "Survey and measured drawings"), (330, 226, "1"), (390, 226, "£850.00"), (480, 226, "£850.00"),
    (50, 240, "Planning application pack"), (330, 240, "1"), (390, 240, "£200.00"), (480, 240, "£200.00"),
    (390, 270, "Subtotal"), (480, 270, "£1,050.00"), (390, 284, "VAT 20%"), (480, 284, "£210.00"),
    (390, 298, "Total"), (480, 298, "£1,260.00"), (390, 312, "Paid"), (480, 312, "£0.00"),
    (390, 326, "Balance Due"), (480, 326, "£1,260.00"),
]
EXP["b86-uk-ordinal"] = dict(vendor_name="Hartley & Finch Ltd", invoice_number="INV-00342", invoice_date="2025-06-02",
                             due_date="2025-06-16", total=1260.0, currency="GBP")

DOCS["b86-us-two-currencies"] = [
    (50, 40, "Bright Pixel Studio LLC"), (50, 54, "221 Market St, Suite 400"), (50, 68, "San Francisco, CA 94105"),
    (400, 40, "Invoice"), (380, 60, "Invoice No."), (470, 60, "BP-2025-061"), (380, 74, "Date"), (470, 74, "06/04/2025"),
    (50, 120, "Client"), (50, 134, "Nordlicht Medien GmbH"), (50, 148, "Torstraße 140, 10119 Berlin, Germany"),
    (50, 200, "Description"), (400, 200, "Amount"),
    (50, 216, "Brand identity, phase 2"), (400, 216, "USD 2,400.00"),
    (300, 250, "Total USD 2,400.00"), (300, 264, "(approx. EUR 2,208.00 at 0.92)"),
    (50, 300, "Payment by wire within 30 days."),
]
EXP["b86-us-two-currencies"] = dict(vendor_name="Bright Pixel Studio LLC", invoice_number="BP-2025-061",
                                    invoice_date="2025-06-04", total=2400.0, currency="USD")

DOCS["b86-at-period"] = [
    (350, 40, "Tischlerei Gruber e.U."), (350, 54, "Hauptplatz 7"), (350, 68, "8010 Graz"), (350, 82, "UID: ATU12345678"),
    (50, 130, "Gasthof Steirerhof"), (50, 144, "Murgasse 3"), (50, 158, "8010 Graz"),
    (350, 130, "Rechnungs-Nr.:"), (450, 130, "2025-0612"), (350, 144, "Rechnungsdatum:"), (450, 144, "12.06.2025"),
    (350, 158, "Leistungszeitraum:"), (450, 158, "01.05.2025 - 31.05.2025"),
    (50, 210, "Rechnung"),
    (50, 240, "Pos"), (85, 240, "Bezeichnung"), (330, 240, "Menge"), (385, 240, "Preis"), (480, 240, "Betrag"),
    (50, 256, "1"), (85, 256, "Eckbank Zirbe nach Maß"), (330, 256, "1"), (385, 256, "2.400,00"), (480, 256, "2.400,00"),
    (360, 290, "Nettobetrag"), (480, 290, "2.400,00"), (360, 304, "USt 20 %"), (480, 304, "480,00"),
    (360, 318, "Gesamtbetrag EUR"), (480, 318, "2.880,00"),
    (50, 360, "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
]
EXP["b86-at-period"] = dict(vendor_name="Tischlerei Gruber e.U.", invoice_number="2025-0612", invoice_date="2025-06-12",
                            total=2880.0, currency="EUR")

DOCS["b86-nl-spaced-number"] = [
    (50, 40, "Van Dijk Installatietechniek B.V."), (50, 54, "Industrieweg 22"), (50, 68, "3542 AD Utrecht"),
    (50, 82, "KvK 61234567  BTW NL854321987B01"),
    (330, 120, "Factuur aan"), (330, 134, "VvE De Linde"), (330, 148, "Lindenlaan 1"), (330, 162, "3571 AA Utrecht"),
    (50, 200, "Factuurnummer: F 2025 0088"), (50, 214, "Factuurdatum: 10-06-2025"), (50, 228, "Vervaldatum: 24-06-2025"),
    (50, 270, "Omschrijving"), (330, 270, "Aantal"), (390, 270, "Prijs"), (480, 270, "Bedrag"),
    (50, 286, "Onderhoud cv-installatie"), (330, 286, "1"), (390, 286, "€ 185,00"), (480, 286, "€ 185,00"),
    (360, 320, "Subtotaal"), (480, 320, "€ 185,00"), (360, 334, "BTW 21%"), (480, 334, "€ 38,85"),
    (360, 348, "Totaal"), (480, 348, "€ 223,85"),
]
EXP["b86-nl-spaced-number"] = dict(vendor_name="Van Dijk Installatietechniek B.V.", invoice_number="F 2025 0088",
                                   invoice_date="2025-06-10", due_date="2025-06-24", total=223.85, currency="EUR")

DOCS["b86-es-fecha-palabras"] = [
    (50, 40, "Talleres Ruiz S.L."), (50, 54, "Calle Mayor 45"), (50, 68, "28013 Madrid"), (50, 82, "CIF B-12345678"),
    (330, 120, "Cliente"), (330, 134, "Transportes Gómez S.A."), (330, 148, "Av. de Andalucía 210"), (330, 162, "28041 Madrid"),
    (50, 200, "Factura nº: A-145"), (50, 214, "Fecha: 5 de junio de 2025"), (50, 228, "Vencimiento: 5 de julio de 2025"),
    (50, 270, "Concepto"), (330, 270, "Uds."), (390, 270, "Precio"), (480, 270, "Importe"),
    (50, 286, "Revisión y cambio de frenos, furgoneta 1234-KLM"), (330, 286, "1"), (390, 286, "600,00"), (480, 286, "600,00"),
    (360, 320, "Base imponible"), (480, 320, "600,00"), (360, 334, "IVA 21%"), (480, 334, "126,00"),
    (360, 348, "TOTAL FACTURA"), (480, 348, "726,00 €"),
]
EXP["b86-es-fecha-palabras"] = dict(vendor_name="Talleres Ruiz S.L.", invoice_number="A-145", invoice_date="2025-06-05",
                                    due_date="2025-07-05", total=726.0, currency="EUR")

DOCS["b86-ie-due-top"] = [
    (50, 40, "Quinn Design Studio"), (50, 54, "7 Dame Lane"), (50, 68, "Dublin 2, D02 X285"),
    (380, 40, "Amount due"), (380, 56, "€950.00"), (380, 74, "Due date 30 June 2025"),
    (50, 120, "Invoice no. 1043"), (50, 134, "Invoice date 2 June 2025"),
    (50, 160, "Billed to"), (50, 174, "Liffey Coffee Roasters Ltd"), (50, 188, "Unit 4, Docklands Business Park"),
    (50, 230, "Description"), (480, 230, "Amount"),
    (50, 246, "Packaging design, 3 SKUs"), (480, 246, "€950.00"),
    (390, 280, "Total"), (480, 280, "€950.00"),
    (50, 320, "Not VAT registered."),
]
EXP["b86-ie-due-top"] = dict(vendor_name="Quinn Design Studio", invoice_number="1043", invoice_date="2025-06-02",
                             due_date="2025-06-30", total=950.0, currency="EUR")

DOCS["b86-fr-slashes"] = [
    (50, 40, "Atelier Brun SARL"), (50, 54, "18 rue Victor Hugo"), (50, 68, "69002 Lyon"), (50, 82, "SIRET 812 345 678 00021"),
    (330, 120, "Client :"), (330, 134, "Galerie Saint-Jean"), (330, 148, "4 place Saint-Jean"), (330, 162, "69005 Lyon"),
    (50, 200, "FACTURE N° FA/2025/06/014"), (50, 214, "Date : 04/06/2025"), (50, 228, "Échéance : 04/07/2025"),
    (50, 270, "Désignation"), (330, 270, "Qté"), (390, 270, "P.U. HT"), (480, 270, "Montant HT"),
    (50, 286, "Encadrement sur mesure"), (330, 286, "12"), (390, 286, "100,00"), (480, 286, "1 200,00"),
    (360, 320, "Total HT"), (480, 320, "1 200,00 €"), (360, 334, "TVA 20 %"), (480, 334, "240,00 €"),
    (360, 348, "Net à payer"), (480, 348, "1 440,00 €"),
]
EXP["b86-fr-slashes"] = dict(vendor_name="Atelier Brun SARL", invoice_number="FA/2025/06/014", invoice_date="2025-06-04",
                             due_date="2025-07-04", total=1440.0, currency="EUR")

DOCS["b86-de-title-number"] = [
    (50, 40, "Copyshop Lehmann"), (50, 54, "Bergstraße 12"), (50, 68, "69120 Heidelberg"),
    (50, 120, "Studio Kern"), (50, 134, "Plöck 40"), (50, 148, "69117 Heidelberg"),
    (50, 200, "Rechnung 4711"), (400, 200, "Datum: 06.06.2025"),
    (50, 240, "Menge"), (110, 240, "Artikel"), (400, 240, "Einzelpreis"), (480, 240, "Summe"),
    (50, 256, "50"), (110, 256, "Flyer A5, 4/4-farbig"), (400, 256, "0,50 €"), (480, 256, "25,00 €"),
    (50, 270, "2"), (110, 270, "Poster A1"), (400, 270, "12,50 €"), (480, 270, "25,00 €"),
    (300, 300, "Gesamtbetrag (inkl. 19% MwSt.):"), (480, 300, "59,50 €"),
    (300, 314, "darin enthaltene MwSt.:"), (480, 314, "9,50 €"),
]
EXP["b86-de-title-number"] = dict(vendor_name="Copyshop Lehmann", invoice_number="4711", invoice_date="2025-06-06",
                                  total=59.5, currency="EUR")

DOCS["b86-us-date-words"] = [
    (50, 40, "Cedar & Pine Landscaping"), (50, 54, "1880 Old Mill Rd"), (50, 68, "Asheville, NC 28806"),
    (360, 40, "Invoice Number: 2025-118"), (360, 54, "Invoice Date: June 9, 2025"), (360, 68, "Payment Due: July 9, 2025"),
    (50, 120, "Bill To"), (50, 134, "Laurel Ridge HOA"), (50, 148, "PO Box 2211, Asheville, NC 28802"),
    (50, 200, "Service"), (330, 200, "Hours"), (390, 200, "Rate"), (480, 200, "Amount"),
    (50, 216, "Spring cleanup, common areas"), (330, 216, "42"), (390, 216, "$75.00"), (480, 216, "$3,150.00"),
    (360, 250, "Amount Due (USD):"), (480, 250, "$3,150.00"),
]
EXP["b86-us-date-words"] = dict(vendor_name="Cedar & Pine Landscaping", invoice_number="2025-118", invoice_date="2025-06-09",
                                due_date="2025-07-09", total=3150.0, currency="USD")


# blind batch 87: business travel and online services as an expense folder holds them — a rail ticket, a
# flight's ticket receipt, a car rental, a holiday let's receipt, hosting and cloud invoices (6 of 8 right before
# the rules learnt from them, the 2 wrong ones flagged: a route's "From / To" column taken for the seller's
# block, a number after the title in a cell of its own unread)
DOCS["b87-db-ticket"] = [
    (50, 40, "DB Fernverkehr AG"), (50, 54, "Stephensonstraße 1"), (50, 68, "60326 Frankfurt am Main"),
    (380, 40, "Online-Ticket"), (380, 56, "Auftragsnummer: 8KX3PA"), (380, 70, "Buchungsdatum: 02.06.2025"),
    (50, 110, "Fahrkarte  Flexpreis, 2. Klasse"), (50, 124, "Hinfahrt: Köln Hbf - Berlin Hbf, 10.06.2025"),
    (50, 138, "Reisender: Jana Weber"),
    (50, 180, "Position"), (330, 180, "MwSt"), (480, 180, "Betrag"),
    (50, 196, "Flexpreis 2. Kl."), (330, 196, "7 %"), (480, 196, "79,90 €"),
    (330, 230, "Gesamtpreis"), (480, 230, "79,90 €"),
    (330, 244, "enthaltene MwSt. 7 %"), (480, 244, "5,23 €"),
    (50, 290, "Dieses Dokument gilt als Rechnung im Sinne des UStG. USt-IdNr. DE260869773"),
]
EXP["b87-db-ticket"] = dict(vendor_name="DB Fernverkehr AG", invoice_date="2025-06-02", total=79.9, currency="EUR")

DOCS["b87-flight-receipt"] = [
    (50, 40, "Deutsche Lufthansa AG"), (50, 54, "Venloer Straße 151-153"), (50, 68, "50672 Köln"),
    (380, 40, "Passenger Receipt"), (380, 56, "Date of issue: 28MAY25"),
    (50, 110, "Passenger: WEBER/JANA MS"), (50, 124, "Ticket number: 220 2412345678"),
    (50, 138, "Booking reference: 6YHT2K"),
    (50, 180, "Flight"), (150, 180, "From / To"), (330, 180, "Date"), (420, 180, "Class"),
    (50, 196, "LH 1234"), (150, 196, "FRA - LIS"), (330, 196, "12JUN25"), (420, 196, "Economy"),
    (300, 240, "Fare"), (420, 240, "EUR 210.00"),
    (300, 254, "Taxes, fees and charges"), (420, 254, "EUR 95.47"),
    (300, 268, "Total"), (420, 268, "EUR 305.47"),
    (50, 300, "Form of payment: CC VI XXXXXXXXXXXX4242"),
]
EXP["b87-flight-receipt"] = dict(vendor_name="Deutsche Lufthansa AG", invoice_date="2025-05-28", total=305.47,
                                 currency="EUR")

DOCS["b87-car-rental"] = [
    (350, 40, "Sixt GmbH & Co Autovermietung KG"), (350, 54, "Zugspitzstraße 1"), (350, 68, "82049 Pullach"),
    (50, 120, "Jana Weber"), (50, 134, "Lindenallee 5"), (50, 148, "50968 Köln"),
    (350, 120, "Rechnung Nr."), (450, 120, "9301234567"), (350, 134, "Rechnungsdatum"), (450, 134, "16.06.2025"),
    (350, 148, "Mietvertrag"), (450, 148, "8812345"),
    (50, 190, "Anmietung: 12.06.2025 09:10, Lissabon Flughafen"), (50, 204, "Rückgabe: 15.06.2025 18:40, Lissabon Flughafen"),
    (50, 240, "Beschreibung"), (330, 240, "Menge"), (390, 240, "Preis"), (480, 240, "Betrag"),
    (50, 256, "Miettage VW Golf"), (330, 256, "4"), (390, 256, "58,00"), (480, 256, "232,00"),
    (50, 270, "Vollkasko ohne Selbstbeteiligung"), (330, 270, "4"), (390, 270, "12,00"), (480, 270, "48,00"),
    (50, 284, "Flughafengebühr"), (330, 284, "1"), (390, 284, "32,40"), (480, 284, "32,40"),
    (360, 320, "Gesamtbetrag EUR"), (480, 320, "312,40"),
    (50, 360, "Steuerfreie Leistung im Ausland (Portugal); der Betrag wurde von Ihrer Kreditkarte abgebucht."),
]
EXP["b87-car-rental"] = dict(vendor_name="Sixt GmbH & Co Autovermietung KG", invoice_number="9301234567",
                             invoice_date="2025-06-16", total=312.4, currency="EUR")

DOCS["b87-airbnb"] = [
    (50, 40, "Receipt from Airbnb"), (50, 58, "Receipt ID: RCQ8TZ4KXM · Jun 3, 2025"),
    (50, 90, "Lisbon"), (50, 104, "4 nights in Lisbon · Jun 12 – Jun 16, 2025"), (50, 118, "Confirmation code HMABCD1234"),
    (50, 160, "Price breakdown"),
    (50, 176, "€140.00 x 4 nights"), (450, 176, "€560.00"),
    (50, 190, "Cleaning fee"), (450, 190, "€45.00"),
    (50, 204, "Airbnb service fee"), (450, 204, "€37.00"),
    (50, 224, "Total (EUR)"), (450, 224, "€642.00"),
    (50, 260, "Payment: Visa •••• 4242, Jun 3, 2025  €642.00"),
    (50, 300, "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland"),
]
EXP["b87-airbnb"] = dict(invoice_date="2025-06-03", total=642.0, currency="EUR")

DOCS["b87-hetzner"] = [
    (50, 40, "Hetzner Online GmbH"), (50, 54, "Industriestr. 25"), (50, 68, "91710 Gunzenhausen"),
    (50, 110, "Hetzner Online GmbH · Industriestr. 25 · 91710 Gunzenhausen"),
    (50, 124, "Weber IT-Beratung"), (50, 138, "Lindenallee 5"), (50, 152, "50968 Köln"),
    (380, 124, "Rechnungsnr.:"), (460, 124, "R0023456789"), (380, 138, "Kundennr.:"), (460, 138, "K0912345678"),
    (380, 152, "Datum:"), (460, 152, "01.06.2025"),
    (50, 200, "Rechnung"),
    (50, 230, "Produkt"), (330, 230, "Zeitraum"), (480, 230, "Preis"),
    (50, 246, "Cloud Server CX32"), (330, 246, "01.05.2025 - 31.05.2025"), (480, 246, "6,80 €"),
    (50, 260, "Dedicated Server AX42"), (330, 260, "01.05.2025 - 31.05.2025"), (480, 260, "32,10 €"),
    (360, 290, "Summe netto"), (480, 290, "38,90 €"), (360, 304, "USt. 19 %"), (480, 304, "7,39 €"),
    (360, 318, "Summe brutto"), (480, 318, "46,29 €"),
    (50, 360, "Der Betrag wird per Lastschrift von Ihrem Konto eingezogen."),
]
EXP["b87-hetzner"] = dict(vendor_name="Hetzner Online GmbH", invoice_number="R0023456789", invoice_date="2025-06-01",
                          total=46.29, currency="EUR")

DOCS["b87-aws"] = [
    (50, 40, "Amazon Web Services EMEA SARL"), (50, 54, "38 Avenue John F. Kennedy"), (50, 68, "L-1855 Luxembourg"),
    (380, 40, "Tax Invoice"), (380, 56, "Invoice Number: EUINDE25-1234567"), (380, 70, "Invoice Date: June 2, 2025"),
    (50, 110, "Bill to Address:"), (50, 124, "Weber IT-Beratung"), (50, 138, "Lindenallee 5, 50968 Köln, DE"),
    (50, 180, "Billing Period: May 1 - May 31, 2025"),
    (50, 210, "Service"), (480, 210, "Amount"),
    (50, 226, "Amazon Elastic Compute Cloud"), (480, 226, "$98.40"),
    (50, 240, "Amazon Simple Storage Service"), (480, 240, "$21.07"),
    (300, 270, "Net Charges (After Credits/Discounts)"), (480, 270, "$119.47"),
    (300, 284, "VAT 19%"), (480, 284, "$22.70"),
    (300, 298, "TOTAL AMOUNT DUE ON June 2, 2025"), (480, 298, "$142.17"),
]
EXP["b87-aws"] = dict(vendor_name="Amazon Web Services EMEA SARL", invoice_number="EUINDE25-1234567",
                      invoice_date="2025-06-02", total=142.17, currency="USD")

DOCS["b87-google"] = [
    (50, 40, "Google Cloud EMEA Limited"), (50, 54, "Velasco, Clanwilliam Place"), (50, 68, "Dublin 2, Ireland"),
    (380, 40, "Invoice"), (380, 56, "Invoice number: 5012345678"), (380, 70, "Invoice date: 31 May 2025"),
    (50, 110, "Bill to"), (50, 124, "Weber IT-Beratung"), (50, 138, "Lindenallee 5, 50968 Köln, Germany"),
    (50, 180, "Summary for 1 May 2025 - 31 May 2025"),
    (50, 200, "Description"), (330, 200, "Quantity"), (480, 200, "Amount (€)"),
    (50, 216, "Google Workspace Business Starter"), (330, 216, "2"), (480, 216, "13.80"),
    (300, 250, "Subtotal in EUR"), (480, 250, "€13.80"),
    (300, 264, "VAT (0%)"), (480, 264, "€0.00"),
    (300, 278, "Total in EUR"), (480, 278, "€13.80"),
    (50, 310, "VAT reverse charge: the customer accounts for the VAT (Art. 196 Directive 2006/112/EC)."),
]
EXP["b87-google"] = dict(vendor_name="Google Cloud EMEA Limited", invoice_number="5012345678", invoice_date="2025-05-31",
                         total=13.8, currency="EUR")

DOCS["b87-ionos"] = [
    (50, 40, "IONOS SE"), (50, 54, "Elgendorfer Str. 57"), (50, 68, "56410 Montabaur"),
    (50, 110, "Herrn Jan Weber"), (50, 124, "Lindenallee 5"), (50, 138, "50968 Köln"),
    (380, 110, "Rechnung 202500123456"), (380, 124, "Kundennummer 112233445"), (380, 138, "Rechnungsdatum 05.06.2025"),
    (50, 190, "Leistung"), (330, 190, "Zeitraum"), (480, 190, "Betrag"),
    (50, 206, "Domain weber-it.de"), (330, 206, "06/2025 - 05/2026"), (480, 206, "12,00 €"),
    (50, 220, "E-Mail Business"), (330, 220, "06/2025"), (480, 220, "3,00 €"),
    (360, 250, "Summe netto"), (480, 250, "15,00 €"), (360, 264, "MwSt. 19 %"), (480, 264, "2,85 €"),
    (360, 278, "Rechnungsbetrag"), (480, 278, "17,85 €"),
]
EXP["b87-ionos"] = dict(vendor_name="IONOS SE", invoice_number="202500123456", invoice_date="2025-06-05",
                        total=17.85, currency="EUR")
FLAGGED["b87-db-ticket"] = "invoice_number is missing"  # (an order's number, Auftragsnummer, is no invoice's)
FLAGGED["b87-flight-receipt"] = "tax 95.47 is more than"  # (taxes, fees and charges: no VAT, read as the tax)
FLAGGED["b87-airbnb"] = "the page prints other dates too"  # (the receipt's date unlabelled, the stay's dates too)
