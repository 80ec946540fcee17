"""Receipts as their PDFs lay them out (blind batch 74: travel tickets and booking confirmations): each line
of text at its place on the page, written as a text layer by ``pdfmaker.text_pdf``, with what a person would
book from each. A ticket prints the day it was bought and the day of travel: the purchase is the receipt's
date. Before any change for them 1 of 8 was right, all 7 wrong ones flagged (the ticket's title across from
the carrier's name read into it, the travel date taken for the purchase date, a payment line as the name)."""

DOCS: dict[str, list[tuple[float, float, str]]] = {}
EXP: dict[str, dict[str, object]] = {}

DOCS["db-ticket"] = [
    (50, 40, "Online-Ticket"), (400, 40, "Auftragsnummer: 7T4K2P"),
    (50, 70, "Fahrkarte  Flexpreis  2. Klasse  1 Erwachsener"),
    (50, 90, "Hinfahrt: Berlin Hbf -> München Hbf, mit ICE"), (50, 104, "Gültigkeit: ab Mo, 24.11.2025"),
    (50, 118, "Reservierung: ICE 1003, Wagen 9, Platz 64"),
    (50, 150, "Buchungsdatum"), (200, 150, "21.11.2025"),
    (50, 170, "Summe"), (450, 170, "89,90 €"), (50, 184, "MwSt (D) 7%"), (450, 184, "5,88 €"),
    (50, 198, "Bezahlung"), (200, 198, "PayPal"),
    (50, 400, "Beförderer: DB Fernverkehr AG, Stephensonstraße 1, 60326 Frankfurt am Main"),
    (50, 414, "USt-IdNr. DE 260 543 043"),
]
EXP["db-ticket"] = dict(merchant_name="DB FERNVERKEHR AG", date="2025-11-21", total=89.9, tax=5.88, currency="EUR")

DOCS["sncf-ebillet"] = [
    (50, 40, "SNCF VOYAGEURS"), (400, 40, "E-BILLET"),
    (50, 60, "Référence de dossier : QRSTUV"),
    (50, 90, "Aller : Paris Gare de Lyon -> Lyon Part Dieu"), (50, 104, "Mercredi 26 novembre 2025, départ 08h04"),
    (50, 118, "TGV INOUI 6611 - Voiture 14 - Place 83 - 2de classe"),
    (50, 150, "Acheté le 21/11/2025"),
    (50, 170, "Prix total"), (450, 170, "72,00 €"), (50, 184, "dont TVA 10 %"), (450, 184, "6,55 €"),
    (50, 400, "SNCF Voyageurs SA - 9 rue Jean-Philippe Rameau - 93200 Saint-Denis - RCS Bobigny 519 037 584"),
]
EXP["sncf-ebillet"] = dict(merchant_name="SNCF VOYAGEURS", date="2025-11-21", total=72.0, tax=6.55, currency="EUR")

DOCS["trenitalia"] = [
    (50, 40, "Trenitalia S.p.A."), (400, 40, "BIGLIETTO"),
    (50, 60, "Piazza della Croce Rossa 1 - 00161 Roma"),
    (50, 90, "Frecciarossa 9515 - PNR: X7K2LM"), (50, 104, "Roma Termini 08:10 -> Milano Centrale 11:15"),
    (50, 118, "Data viaggio: 25/11/2025 - Carrozza 6 Posto 11A"),
    (50, 150, "Data acquisto: 20/11/2025"),
    (50, 170, "Importo totale"), (450, 170, "€ 59,90"), (50, 184, "IVA 10% inclusa"), (450, 184, "€ 5,45"),
]
EXP["trenitalia"] = dict(merchant_name="TRENITALIA S.P.A.", date="2025-11-20", total=59.9, tax=5.45, currency="EUR")

DOCS["renfe"] = [
    (50, 40, "Renfe Viajeros S.M.E., S.A."), (400, 40, "Billete electrónico"),
    (50, 54, "Avda. Ciudad de Barcelona 8, 28007 Madrid - CIF A86868189"),
    (50, 90, "Localizador: 4F7K2Q"), (50, 104, "Madrid-Puerta de Atocha -> Barcelona-Sants"),
    (50, 118, "Salida: 27/11/2025 09:00 - AVE 03093 - Coche 5 Plaza 7D"),
    (50, 150, "Fecha de compra: 19/11/2025"),
    (50, 170, "Importe total"), (450, 170, "68,40 €"), (50, 184, "IVA 10% incluido"), (450, 184, "6,22 €"),
]
EXP["renfe"] = dict(merchant_name="RENFE VIAJEROS S.M.E., S.A.", date="2025-11-19", total=68.4, tax=6.22, currency="EUR")

DOCS["amtrak"] = [
    (50, 40, "AMTRAK"), (400, 40, "eTicket"),
    (50, 60, "Reservation Number 4B2F9A"), (50, 74, "Purchase Date: November 18, 2025"),
    (50, 100, "New York, NY (NYP) - Washington, DC (WAS)"), (50, 114, "Depart: Mon, Nov 24, 2025 7:00 AM"),
    (50, 128, "Northeast Regional 171  Coach"),
    (50, 160, "Fare"), (450, 160, "$89.00"), (50, 174, "Total Charged"), (450, 174, "$89.00"),
    (50, 188, "Visa ending 1234"),
    (50, 400, "National Railroad Passenger Corporation, 1 Massachusetts Ave NW, Washington, DC 20001"),
]
EXP["amtrak"] = dict(merchant_name="AMTRAK", date="2025-11-18", total=89.0, currency="USD")

DOCS["flixbus"] = [
    (50, 40, "FlixBus"), (400, 40, "Buchungsbestätigung"),
    (50, 60, "Buchungsnummer: 3012 4456 78"), (50, 74, "Buchungsdatum: 22.11.2025"),
    (50, 100, "Sa, 29.11.2025  10:15  Hamburg ZOB -> 13:30  Berlin ZOB"),
    (50, 114, "1 Erwachsener"),
    (50, 150, "Gesamtpreis"), (450, 150, "24,98 €"), (50, 164, "Darin enthaltene MwSt. 7%"), (450, 164, "1,63 €"),
    (50, 178, "Bezahlt mit Kreditkarte"),
    (50, 400, "Flix SE, Friedenheimer Brücke 16, 80639 München"),
]
EXP["flixbus"] = dict(merchant_name="FLIXBUS", date="2025-11-22", total=24.98, tax=1.63, currency="EUR")

DOCS["ryanair"] = [
    (50, 40, "RYANAIR"), (400, 40, "Travel Itinerary"),
    (50, 60, "Reservation: ABC12D"), (50, 74, "Booked on: 15 Nov 2025"),
    (50, 100, "FR 1234  Dublin (DUB) -> Barcelona (BCN)"), (50, 114, "Sat, 06 Dec 2025  06:30 - 10:05"),
    (50, 150, "Fare, 1 adult"), (450, 150, "€49.99"), (50, 164, "Priority & 2 Cabin Bags"), (450, 164, "€12.00"),
    (50, 182, "Total paid"), (450, 182, "€61.99"), (50, 196, "Paid by Mastercard ****5521"),
    (50, 400, "Ryanair DAC, Airside Business Park, Swords, Co. Dublin, Ireland"),
]
EXP["ryanair"] = dict(merchant_name="RYANAIR", date="2025-11-15", total=61.99, currency="EUR")

DOCS["eurostar"] = [
    (50, 40, "Eurostar International Ltd"), (400, 40, "Booking confirmation"),
    (50, 54, "Times House, Bravingtons Walk, London N1 9AW"),
    (50, 80, "Booking reference: QXYZ12"), (50, 94, "Booked on 20 November 2025"),
    (50, 120, "London St Pancras Intl -> Paris Gare du Nord"), (50, 134, "Wednesday 03 December 2025, 09:01"),
    (50, 148, "Eurostar Standard, 1 adult"),
    (50, 180, "Total"), (450, 180, "£78.00"), (50, 194, "VAT: zero-rated (international passenger transport)"),
]
EXP["eurostar"] = dict(merchant_name="EUROSTAR INTERNATIONAL LTD", date="2025-11-20", total=78.0, currency="GBP")
