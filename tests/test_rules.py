import datetime as dt

from scan2data.validation import (
    ChangeGiven,
    ItemsSum,
    LineMath,
    MisreadCharacters,
    NotFuture,
    PartsSum,
    Required,
    StrayFields,
    TaxShare,
)


def rule(cls, **options):
    return cls(cls.Options(**options))


def field(name, *texts):
    """What the default extractor of field ``name`` reads from these lines (None when nothing)."""
    from scan2data.document import TextLine
    from scan2data.fields import DEFAULT_FIELDS, EXTRACTORS

    spec = dict(DEFAULT_FIELDS[name])
    found = EXTRACTORS[spec.pop("extractor")]([TextLine(t) for t in texts], **spec)
    return found.value if found else None


def test_items_sum_against_subtotal_or_total():
    items_sum = rule(ItemsSum)
    data = {"items": [{"amount": 9.0}, {"amount": 2.5}], "subtotal": None, "total": 11.5}
    assert items_sum.check(data) == []
    data["total"] = 12.0
    assert items_sum.check(data) == ["items add up to 11.5, not total 12.0"]
    assert items_sum.check({**data, "subtotal": "11.50"}) == []
    assert items_sum.check({"items": [], "total": 5}) == []


def test_parts_sum_with_tolerance():
    parts_sum = rule(PartsSum)
    assert parts_sum.check({"subtotal": 10, "tax": 0.6, "total": 10.6}) == []
    assert rule(PartsSum, tolerance=0.05).check({"subtotal": 10, "tax": 0.6, "total": 10.62}) == []
    assert parts_sum.check({"subtotal": 10, "tax": 0.6, "total": 11}) == ["subtotal 10 + tax 0.6 = 10.6, but total is 11"]
    assert parts_sum.check({"subtotal": None, "tax": 0.6, "total": 11}) == []


def test_line_math_checks_quantity_times_unit_price():
    line_math = rule(LineMath)
    rows = [{"quantity": 2, "unit_price": 4.5, "amount": 9.0}, {"quantity": 3, "unit_price": 0.333, "amount": 1.0},
            {"quantity": None, "unit_price": 2.5, "amount": 2.5}, {"quantity": 1, "unit_price": -3, "amount": -3}]
    assert line_math.check({"items": rows}) == []  # a cent per unit of rounding is allowed
    rows[0]["amount"] = 8.0
    assert line_math.check({"items": rows}) == ["items line 1: 2 × 4.5 = 9.00, but its amount is 8.0"]
    assert line_math.check({"items": []}) == []


def test_required_and_not_future():
    required = rule(Required, fields=["merchant_name", "total", "date"])
    assert required.check({"total": None, "date": "", "merchant_name": "A"}) == ["total is missing", "date is missing"]
    today = dt.date(2024, 5, 1)
    not_future = rule(NotFuture)
    assert not_future.check({"date": "2024-05-01"}, today=today) == []
    assert not_future.check({"date": "2024-05-02"}, today=today) == ["date 2024-05-02 is in the future"]
    assert not_future.check({"date": "someday"}, today=today) == ["date 'someday' is not a date"]


def test_rules_flag_without_dropping_data(tmp_path):
    from scan2data import load_pipeline
    from scan2data.document import Document

    pipeline = load_pipeline("receipt", engine="local")
    validate = next(s for s in pipeline.stages if s.name == "validate")
    data = {"total": None, "merchant_name": "SHOP", "date": "2018-01-01", "currency": "MYR"}
    doc = Document(source=tmp_path / "x.png", data=dict(data))
    validate.process(doc)
    assert doc.status == "needs_review" and doc.reasons == ["total is missing"]
    assert doc.data == data


def test_parts_sum_takes_a_withholding_off_before_the_total_or_after_it():
    withheld = rule(PartsSum, parts=["subtotal", "tax", "withholding"], withheld="withholding")
    spain = {"subtotal": 1000, "tax": 210, "withholding": -150}  # Total factura after the IRPF
    assert withheld.check({**spain, "total": 1060}) == []
    italy = {"subtotal": 2080, "tax": 457.6, "withholding": -400}  # Totale documento, then Netto a pagare
    assert withheld.check({**italy, "total": 2537.6}) == []
    assert withheld.check({**italy, "total": 2500}) != []
    assert rule(PartsSum, parts=["subtotal", "tax", "withholding"]).check({**italy, "total": 2537.6}) != []


def test_parts_sum_accepts_tax_inclusive_prices():
    parts_sum = rule(PartsSum, inclusive=True)
    assert parts_sum.check({"subtotal": 15.9, "tax": 0.9, "total": 15.9}) == []  # GST included in the prices
    assert rule(PartsSum).check({"subtotal": 15.9, "tax": 0.9, "total": 15.9}) != []  # off by default
    assert parts_sum.check({"subtotal": 15.9, "tax": 30.0, "total": 15.9}) != []  # a tax above the total is not


def test_a_tax_the_page_says_is_included_may_be_any_share_up_to_the_highest_rate():
    """A mixed basket (GST on some items only) includes less tax than any one rate makes of the total;
    a discount under the subtotal counts. Only when the page says the tax is included."""
    parts_sum = rule(PartsSum, parts=["subtotal", "discount", "tax"], inclusive="known_rates", included="tax_included")
    assert parts_sum.check({"subtotal": 11.3, "tax": 0.36, "total": 11.3, "tax_included": True}) == []
    assert parts_sum.check({"subtotal": 11.3, "tax": 0.36, "total": 11.3}) != []  # not said: flagged
    assert parts_sum.check({"subtotal": 6.78, "discount": -0.5, "tax": 0.57, "total": 6.28, "tax_included": True}) == []
    assert parts_sum.check({"subtotal": 11.3, "tax": 5.0, "total": 11.3, "tax_included": True}) != []  # above 28 %
    # 9 % BTW in the prices of a basket with a bonus discount under the subtotal: a known rate, not said
    assert parts_sum.check({"subtotal": 7.17, "discount": -0.6, "tax": 0.54, "total": 6.57}) == []
    # not said, but pounds: UK shops show prices with the VAT in them (data/locales.yaml); dollars do not
    in_currency = rule(PartsSum, parts=["subtotal", "discount", "tax"], inclusive="known_rates", pricing="currency")
    boots = {"subtotal": 6.48, "discount": -0.5, "tax": 0.6, "total": 5.98}  # no one rate makes 0.60 of 5.98
    assert in_currency.check({**boots, "currency": "GBP"}) == []
    assert in_currency.check({**boots, "currency": "USD"}) != []


def test_a_discount_is_the_one_under_the_subtotal_and_the_included_tax_is_what_the_page_says():
    items = ("Member Discount  -0.62", "A4 PAPER  12.90")
    assert field("discount", *items, "SUBTOTAL  12.28", "TOTAL  12.28") is None  # an item's discount
    assert field("discount", *items, "SUBTOTALE  12.28", "SCONTO FIDATY  -0.50", "TOTALE  11.78") == -0.5
    assert field("discount", "SUBTOTAL  6.48", "ADVANTAGE CARD SAVING  -0.50", "TOTAL TO PAY  5.98") == -0.5
    # what the items' own discounts saved, printed under the payment: no discount on the whole receipt
    assert field("discount", "SUBTOTAL  48.00", "TOTAL  48.00", "CASH  50.00", "CHANGE DUE  2.00",
                 "YOUR SAVINGS FOR TODAY  1.84") is None
    assert field("tax_included", "TOTALE  6.28", "DI CUI IVA  0.57") is True
    assert field("tax_included", "GST included in total  $0.36") is True
    assert field("tax_included", "Subtotal  8.68", "HST 13%  1.13", "Total  9.81") is None


def test_tax_included_at_a_known_rate_only():
    """``known_rates``: SUBTOTAL = TOTAL is accepted when the tax is what a rate in data/locales.yaml,
    included, makes of the total — a total misread as the subtotal still shows."""
    parts_sum = rule(PartsSum, inclusive="known_rates")
    assert parts_sum.check({"subtotal": 16.0, "tax": 0.91, "total": 16.0}) == []  # 6 % GST included
    assert parts_sum.check({"subtotal": 11.9, "tax": 1.9, "total": 11.9}) == []  # 19 % MwSt included
    # the pre-tax amount read as the tax, and a real subtotal + 6 % tax whose total was misread
    assert parts_sum.check({"subtotal": 18.9, "tax": 17.83, "total": 18.9}) == [
        "tax 17.83 looks like the amount before tax (total 18.9 at 6 % included): the tax would be 1.07"]
    assert parts_sum.check({"subtotal": 100.0, "tax": 6.0, "total": 100.0}) == [
        "subtotal 100.0 + tax 6.0 = 106.0, but total is 100.0"]
    assert parts_sum.check({"subtotal": 16.0, "tax": 0.91, "tip": 1.0, "total": 16.0}) != []  # a tip is added
    # taxes rounded item by item: 7.30 where 6 % of 129.30 included is 7.32 — a few cents, not more
    assert parts_sum.check({"subtotal": 129.3, "tax": 7.3, "total": 129.3}) == []
    assert parts_sum.check({"subtotal": 129.3, "tax": 7.2, "total": 129.3}) != []


def test_a_zero_between_letters_reads_as_the_letter_o(tmp_path):
    """RapidOCR reads TOTAL as T0TAL on some fonts: the labels must still match."""
    from pathlib import Path

    from pydantic import BaseModel

    from scan2data.document import Document, Page, TextLine, Transcript
    from scan2data.engines import StructureRequest, create_engine
    from scan2data.types import Amount

    class Tiny(BaseModel):
        subtotal: Amount = None
        total: Amount = None

    lines = [TextLine(t) for t in ["NASI LEMAK 9.00", "SUBT0TAL 9.00", "T0TAL 9.50", "CASH 10.00"]]
    page = Page(source=Path("x.png"), number=1, transcript=Transcript.from_lines(lines))
    answer = create_engine("rules").structure(StructureRequest(Tiny, "", Document(source=Path("x.png"), pages=[page])))
    assert answer.content == {"subtotal": 9.0, "total": 9.5}


def test_calibration_maps_confidence_to_the_share_found_right(receipt_image):
    from scan2data import load_pipeline

    table = {"total": [[0.95, 0.6], [1.0, 0.99]], "date": [[1.0, 0.98]]}
    calibrated = load_pipeline("receipt", engine="local", stage_overrides={
        "validate": {"calibration": table, "review_below": 0.7}}).run([receipt_image], record=False).documents[0]
    plain = load_pipeline("receipt", engine="local").run([receipt_image], record=False).documents[0]
    assert plain.evidence["total"].confidence <= 0.95 and plain.status == "ok"
    assert calibrated.evidence["total"].confidence == 0.6 and calibrated.evidence["date"].confidence == 0.98
    assert calibrated.status == "needs_review"  # 0.6 x 0.98 < 0.7
    assert calibrated.reasons == ["total may be wrong: values read like it are right 60% of the time"]


def test_a_tax_above_what_the_highest_rate_makes_of_the_total_is_flagged():
    share = rule(TaxShare)  # highest rate in data/locales.yaml: 28 %
    assert share.check({"tax": 0.91, "total": 16.0}) == []  # 6 % included
    assert share.check({"tax": 0.07, "total": 28.6}) == []  # a basket mixing zero-rated and taxed items
    assert share.check({"tax": 6.83, "total": 6.85}) == ["tax 6.83 is more than a 28 % tax on total 6.85 can be"]
    assert rule(TaxShare, max_rate=10).check({"tax": 3.0, "total": 20.0}) == [
        "tax 3.0 is more than a 10 % tax on total 20.0 can be"]
    assert share.check({"tax": -1.0, "total": 20.0}) != []  # a negative tax on a sale
    assert share.check({"tax": -0.5, "total": -5.0}) == []  # a refund's tax is negative too


def test_cash_handed_over_less_the_change_is_the_total():
    change = rule(ChangeGiven)
    assert change.check({"total": 46.80, "amount_tendered": 50.0, "change": 3.20}) == []
    assert change.check({"total": "46.80", "amount_tendered": "-50.00", "change": "3.20"}) == []  # tender printed -50.00
    # a total read before its cash rounding (46.82, rounded to 46.80) is a cent too far: flagged
    assert change.check({"total": 46.82, "amount_tendered": 50.0, "change": 3.20}) == [
        "amount_tendered 50.0 − change 3.2 = 46.8, but total is 46.82"]
    # the Thai slip whose ฿ was read as 8 on every amount: items and total agree, the change does not
    assert change.check({"total": 849.0, "amount_tendered": 8100.0, "change": 851.0}) != []
    assert change.check({"total": 45.20, "amount_tendered": 20.0, "change": 0.0}) == []  # the rest paid by card
    assert change.check({"total": 45.20, "amount_tendered": 50.0, "change": 0.0}) != []  # 4.80 handed over for nothing
    assert change.check({"total": 45.20, "amount_tendered": 50.0, "change": None}) == []  # nothing to compare
    assert not change.applies({"total": 45.20, "amount_tendered": 50.0})
    # the rounding printed under the total, above the change (TOTAL 13.78, CASH 20.00, ROUNDING 0.02, CHANGE 6.20)
    assert change.check({"total": 13.78, "amount_tendered": 20.0, "change": 6.20, "rounding": 0.02}) == []
    assert rule(ChangeGiven, rounding=None).check({"total": 13.78, "amount_tendered": 20.0, "change": 6.20,
                                                   "rounding": 0.02}) != []
    assert rule(ChangeGiven, tolerance=0.05).check({"total": 46.82, "amount_tendered": 50.0, "change": 3.20}) == []


def test_the_cash_handed_over_and_the_change_are_read_below_the_total():
    slip = ["CASH BILL", "CASHIER: 07", "NASI LEMAK  6.50", "TOTAL  6.50", "CASH  10.00", "CHANGE  3.50"]
    assert field("amount_tendered", *slip) == 10.0 and field("change", *slip) == 3.5
    # a heading's CASH and the cashier's line are no payment; a till with no total line proves nothing
    assert field("amount_tendered", "CASH SALE", "CASHIER  12.00", "TOTAL  6.50") is None
    assert field("amount_tendered", "LATTE  14.50", "CASH  30.00", "CHANGE  6.60") is None
    assert field("amount_tendered", "TOTAL  6.50", "CASH CHANGE  3.50") is None
    # other languages, and a balance under the tender is the change (TUNAI 50.00 / BAKI 28.30)
    assert field("change", "SUMME  3.44", "BAR  10.00", "RETOUR  6.56") == 6.56
    assert field("change", "JUMLAH  21.70", "TUNAI  50.00", "BAKI  28.30") == 28.3
    assert field("change", "BALANCE DUE  21.70", "TOTAL  21.70") is None
    # a gift card paying part of the bill is money handed over too: 20.00 + 20.00 - 9.53 = 30.47
    split = ["TOTAL  30.47", "GIFT CARD  20.00", "CASH  20.00", "CHANGE  9.53", "VISA CARD SAVINGS  2.00"]
    assert field("amount_tendered", *split) == 40.0
    assert field("amount_tendered", "TOTAL  30.47", "CASH  40.00", "CHANGE  9.53", "VISA  **** 4242") == 40.0
    # a zero printed without its leading 0 is the change, not an amount of the tax summary under it
    assert field("change", "TOTAL  11.40", "CASH RM  11.40", "CHANGE RM  .00", "GST SUMMARY  AMOUNT(RM)  TAX(RM)",
                 "S = 6%  10.75  .65") == 0.0  # a balance still to pay is no change


def test_a_label_whose_own_number_lost_its_point_takes_no_amount_from_a_row_below():
    from scan2data.document import TextLine
    from scan2data.fields.amounts import extract_amount

    rows = ["TOTAL  6.85", "CASH  20.00", "CHANGE  1315", "GST Analysis  Goods  Tax Amount", "S = 6%  2.88  0.17"]
    lines = [TextLine(text, box=(20, 30 * row, 600, 30 * row + 20)) for row, text in enumerate(rows)]
    assert extract_amount(lines, ["CHANGE"]) is None  # 13.15 with its point lost, not the tax summary's 0.17
    lines[2] = TextLine("CHANGE", box=(20, 60, 600, 80))
    lines.insert(3, TextLine("13.15", box=(500, 90, 600, 110)))
    assert extract_amount(lines, ["CHANGE"]).value == 13.15  # a label over its value


def test_a_locality_and_town_over_the_tax_id_is_the_address():
    # much of South Asia and Africa prints no postcode and no street word
    assert field("merchant_address", "BHAT-BHATENI SUPERMARKET", "Maharajgunj, Kathmandu", "PAN: 301234567") == \
        "Maharajgunj, Kathmandu"
    # not when more lines follow before the header ends (a slogan over the street and town)
    assert field("merchant_address", "BEAN THERE CAFE", "Fresh, Friendly", "12 Main Street", "Springfield, IL 62701",
                 "Tel 555-1234") == "12 Main Street Springfield, IL 62701"
    assert field("merchant_address", "BHAT-BHATENI SUPERMARKET", "Wai Wai, Noodles 5", "PAN: 301234567") is None


def tax(*texts):
    """The receipt tax as the default field reads it."""
    from scan2data.document import TextLine
    from scan2data.fields import DEFAULT_FIELDS
    from scan2data.fields.amounts import extract_amount

    options = {k: v for k, v in DEFAULT_FIELDS["tax"].items() if k != "extractor"}
    found = extract_amount([TextLine(t) for t in texts], **options)
    return found.value if found else None


def test_the_tax_is_read_from_its_column_of_a_tax_summary():
    # the summary's columns: the net amount first, the tax under GST
    assert tax("TOTAL INCLUSIVE OF TAX  11.25", "GST SUMMARY  AMOUNT  GST", "GST 0% *  0.00  0.00",
               "GST 6%  10.61  0.64") == 0.64
    # a header of two cells over a row of four (rate code, rate, net, tax): the columns cannot be told,
    # so nothing is read rather than the net amount
    assert tax("TOTAL (GST INCL)  2.56", "GST - RATE  E ----GST EXCL - GST AMT", "S  6%  2.42  0.14") is None
    assert tax("SUBTOTAL  10.00", "GST 6%  0.60", "TOTAL  10.60") == 0.6  # a plain tax line is unchanged


def test_a_tax_breakdown_row_gives_the_amount_a_known_rate_makes_of_its_base():
    from scan2data.document import TextLine
    from scan2data.fields.amounts import extract_amount

    row = [TextLine("Umsatzsteuer  ( S )  45000.00  19  8550.00")]  # base, rate, tax
    assert extract_amount(row, ["UMSATZSTEUER"], rate_share=True).value == 8550.0
    assert extract_amount(row, ["UMSATZSTEUER"]).value == 45000.0  # without the option: the first amount
    # two amounts that no known rate relates: the first, as before
    assert extract_amount([TextLine("MwSt  100.00  33.00")], ["MWST"], rate_share=True).value == 100.0


def test_line_math_accepts_prices_quoted_per_hundred_only_when_told():
    row = {"items": [{"quantity": 150, "unit_price": 49.29, "amount": 73.94}]}
    assert rule(LineMath, price_units=[1, 10, 100, 1000]).check(row) == []
    assert rule(LineMath).check(row) == ["items line 1: 150 × 49.29 = 7393.50, but its amount is 73.94"]
    row["items"][0]["amount"] = 80.0  # per hundred or not, 80.00 is wrong
    assert rule(LineMath, price_units=[1, 100]).check(row) != []


def test_an_extractor_option_of_the_wrong_kind_is_an_error():
    import pytest

    from scan2data import load_pipeline
    from scan2data.errors import ConfigError

    for options, message in (({"layout": "tabel"}, "option layout: Input should be 'auto', 'table' or 'lines'"),
                             ({"max_lines": "six"}, "no option 'max_lines'")):
        fields = {"items": {"extractor": "items", **options}}
        with pytest.raises(ConfigError, match=message):
            load_pipeline("invoice", engine="local",
                          stage_overrides={"text_structure": {"options": {"fields": fields}}}).prepare()
    fields = {"total": {"extractor": "total", "rate_share": "yes"}}
    with pytest.raises(ConfigError, match="option rate_share: Input should be a valid boolean"):
        load_pipeline("invoice", engine="local",
                      stage_overrides={"text_structure": {"options": {"fields": fields}}}).prepare()


def test_cell_positions_survive_rewrites_and_the_transcript_cache(tmp_path):
    from scan2data.document import Document, Page, TextLine, Transcript

    line = TextLine("Superdrachen  2  20,00", (10, 5, 300, 15), 0.9, ((10, 120), (200, 210), (260, 300)))
    assert line.with_text("SUPERDRACHEN  2  20.00").positioned_cells()[2] == ("20.00", 260, 300)
    assert line.with_text("Superdrachen 2 20,00").cells == ()  # the cells no longer line up: none kept
    document = Document(source=tmp_path / "a.pdf",
                        pages=[Page(source=tmp_path / "a.pdf", number=1, transcript=Transcript.from_lines([line]))])
    again = Document.from_transcripts(tmp_path / "a.pdf", document.transcripts())
    assert again.pages[0].transcript.lines == [line]
    old = [{"text": "x", "engine": "e", "lines": [["x", None, None]]}]  # cached before cells existed
    assert Document.from_transcripts(tmp_path / "a.pdf", old).pages[0].transcript.lines == [TextLine("x")]


def test_a_letter_between_digits_in_an_address_is_a_likely_misread():
    misread = rule(MisreadCharacters, fields=["merchant_name", "merchant_address"])
    assert misread.check({"merchant_address": "NO 8, JALAN 7/1L8B, DESA TUN RAZAK"}) == [
        "merchant_address: '1L8' has a letter between digits — a likely misread, check it"]
    # what addresses really print: unit letters after numbers, letters before them, no letter between
    assert misread.check({"merchant_name": "SYARIKAT 2A", "merchant_address": "LOT 1851-A, JALAN PJU 1A/7A, G-5B"}) == []
    assert misread.check({"merchant_name": None}) == []
    assert misread.check({"merchant_name": "NORTHWINDOFFICESUPPLIESLTD"}) == [
        "merchant_name: 'NORTHWINDOFFICESUPPLIESLTD' has a company suffix glued to the word before it (spaces lost)"
        " — a likely misread, check it"]
    assert misread.check({"merchant_name": "NORTHWIND OFFICE SUPPLIES LTD", "merchant_address": "1 SDN ROAD"}) == []
    # a British postcode's district starts with a digit: GUL 3AA is GU1 3AA misread
    assert misread.check({"merchant_address": "12 HIGH STREET GUILDFORD GUL 3AA"}) == [
        "merchant_address: 'GUL 3AA' has a postcode's digit read as a letter (GUL 3AA for GU1 3AA)"
        " — a likely misread, check it"]
    assert misread.check({"merchant_address": "12 HIGH STREET GUILDFORD GU1 3AA"}) == []
    assert misread.check({"merchant_address": "1 CANADA SQUARE LONDON E14 5AB"}) == []
    assert misread.check({"merchant_address": "LOT 5, JALAN SS 2/72, 47300 PETALING JAYA"}) == []
    assert misread.check({"merchant_name": "KONZUM PLUSD.O.O."}) == [
        "merchant_name: 'PLUSD.O.O.' has a dotted legal form glued to the word before it (a space lost: PLUSD.O.O.)"
        " — a likely misread, check it"]
    assert misread.check({"merchant_name": "KONZUM PLUS D.O.O.", "merchant_address": "MR. D.I.Y. (M) SDN BHD"}) == []
    assert misread.check({"merchant_address": "HOOGSTRAAT21 3011 PN ROTTERDAM"}) == [
        "merchant_address: 'HOOGSTRAAT21' has a house number glued to the street (a space lost: HOOGSTRAAT21)"
        " — a likely misread, check it"]
    # a building's own name and a Malaysian road code are printed so (DAMANSARA UPTOWN3, JALAN SS21/60)
    assert misread.check({"merchant_address": "HOOGSTRAAT 21, DAMANSARA UPTOWN3, JALAN SS21/60"}) == []
    # photographed slips (benchmarks/photos.md): a Spanish street's number and a company form, spaces lost
    assert misread.check({"merchant_address": "C/ SAN BERNARDO40 28015 MADRID"}) == [
        "merchant_address: 'C/ SAN BERNARDO40' has a house number glued to the street (a space lost: C/ ALCALA100)"
        " — a likely misread, check it"]
    assert misread.check({"merchant_name": "UBERTECHNOLOGIES INC"}) == [
        "merchant_name: 'UBERTECHNOLOGIES' has a company suffix glued to the word before it (spaces lost)"
        " — a likely misread, check it"]
    assert misread.check({"merchant_name": "UBER TECHNOLOGIES INC", "merchant_address": "C/ ALCALA 100 MADRID"}) == []
    # a scanned invoice's private mailbox (us-saas as a JPEG at 200 dpi: RapidOCR read PMB 12345 as one word)
    assert misread.check({"merchant_address": "548 MARKET STREET PMB12345 SAN FRANCISCO"}) == [
        "merchant_address: 'PMB12345' has a box or suite glued to its number (a space lost: PMB12345)"
        " — a likely misread, check it"]
    assert misread.check({"merchant_address": "548 MARKET STREET PMB 12345, PO BOX 4471, LOT1851"}) == []


def test_items_match_the_net_amount_before_the_documents_own_discounts_and_charges():
    items = rule(ItemsSum, targets=["subtotal", "total"], allowances="allowances", charges="charges")
    rows = [{"amount": 60.0}, {"amount": 30.0}, {"amount": 5.0}]  # 95.00 of lines
    # TOTAL HT 100.00 = 95.00 of lines - 5.00 discount (printed -5,00) + 10.00 travel costs
    assert items.check({"items": rows, "subtotal": 100.0, "total": 110.0, "allowances": -5.0, "charges": 10.0}) == []
    assert items.check({"items": rows, "subtotal": 100.0, "total": 110.0}) == [
        "items add up to 95.0, not subtotal 100.0 or total 110.0"]
    # the gross total is not net of the discounts: a total misread as 100.00 is still questioned
    assert items.check({"items": rows, "total": 100.0, "allowances": 5.0, "charges": 10.0}) != []


def test_a_tax_printed_without_cents_is_read_only_when_told():
    from scan2data.document import TextLine
    from scan2data.fields.amounts import extract_amount

    lines = [TextLine("Rechnungssumme ohne USt.  3600.00"), TextLine("Steuerbetrag in EUR  684"),
             TextLine("Bruttosumme  4284.00")]
    assert extract_amount(lines, ["STEUERBETRAG"], whole=True).value == 684.0
    assert extract_amount(lines, ["STEUERBETRAG"]) is None  # by default a whole number is no amount
    assert extract_amount([TextLine("USt-IdNr  DE123456789")], ["UST"], whole=True) is None


def test_a_receipts_tax_is_not_a_total_with_tax_and_comes_from_its_summary_row():
    assert tax("Sub Total:  18.90", "Total Due (GST inc):  18.90", "S:GST(6%)  17.83  1.07") == 1.07  # not the net
    assert tax("ITEM.  2  Total with GST @ 6%  6.83", "TOTAL  6.85") is None  # a total with its tax, not a tax
    assert tax("Total 6% supplies (excl. GST):  12.96", "GST:  0.78", "Total 6% supplies (Inc. GST):  13.74") == 0.78
    assert tax("Sub Total RM  28.15", "S:GST(0%):  28.15  0.00") == 0.0  # a zero-rated row's tax is its zero
    # a tax said to be included is the tax; a total or price said to include it is not
    assert tax("TOTAL  $23.30", "Includes GST  $2.12") == 2.12
    assert tax("Total  £30.55", "VAT @ 20% included  £5.09") == 5.09
    assert tax("TOTAL INCL. GST  12.00") is None and tax("(BILL INCLUSIVE OF 6% GST : RM2.90)") is None
    assert tax("GST(INCLUDED)  6.00 %  RM0.17", "TOTAL  RM3.00", "INCLUSIVE 6% GST") == 0.17  # 6.00 % is a rate
    # taxes levied together add up; one alone is the tax
    assert tax("Sub Total  180.00", "CGST 2.5%  4.50", "SGST 2.5%  4.50", "Grand Total  189.00") == 9.0
    assert tax("Subtotal  10.00", "GST 5%  0.50", "PST 7%  0.70", "Total  11.20") == 1.2
    assert tax("Subtotal  8.68", "HST 13%  1.13", "Total  9.81") == 1.13
    # one row per rate, worded the same: their sum; a tax summary's rows are not added this way
    assert tax("Total  6.08", "dont TVA 2.1%  0.05", "dont TVA 5.5%  0.20", "CB  6.08") == 0.25
    assert tax("Total  6.08", "dont TVA 5,5%  0.20") == 0.2


def _receipt_items(*texts):
    from scan2data.document import TextLine
    from scan2data.fields.items import extract_items

    found = extract_items([TextLine(text) for text in texts], layout="lines")
    return [(i["description"], i.get("quantity"), i.get("unit_price"), i["amount"]) for i in found.value] if found else []


def test_receipt_rows_take_their_words_from_above_or_below_and_keep_discounts():
    # a row of figures and codes under its description; a unit beside the quantity; a discount line
    assert _receipt_items("21/03/2018 10:02", "Description  Amount", "GLUE STICK 8G", "2pc @ 3.10  6.20 T",
                          "Member Discount  -0.62", "A4 PAPER 80GSM  12.90 T", "Total RM  18.48") == [
        ("GLUE STICK 8G", 2.0, 3.10, 6.20), ("Member Discount", None, None, -0.62),
        ("A4 PAPER 80GSM", None, None, 12.90)]
    # the other layout: code, count, prices (a 0.00 discount column), then the description underneath
    assert _receipt_items("Item  Qty  Price  Amount", "1 SR 4006381333  3 UNIT *  2.50  0.00  7.50 SR",
                          "MARKER PEN BLUE", "2 SR 4006381334  1  4.00  0.00  4.00 SR", "SHARPENER",
                          "Total:  11.50") == [("MARKER PEN BLUE", 3.0, 2.50, 7.50), ("SHARPENER", 1.0, 4.00, 4.00)]
    # a line of words with its @ price over a row of code, count and amount is that row's description
    assert _receipt_items("Item  Qty  Amount", "APPLES @4.00", "40158 *2  8.00", "Total  8.00") == [
        ("APPLES", 2.0, None, 8.00)]
    # so is a line of words whose one amount the row of figures under it repeats as its price
    assert _receipt_items("Desc  Price  Amount", "PLASTIC BOWL - 2.80", "8 UNIT *  2.80  0.00  22.40 SR",
                          "Total  22.40") == [("PLASTIC BOWL", 8.0, 2.80, 22.40)]
    # a size in a description is no quantity times a price; a count glued to its price is
    assert _receipt_items("01/03/18 12:36", "Uni P&S Env 4.5X9.75  2.10 T", "COKE 2X1.50  3.00", "Total  5.10") == [
        ("Uni P&S Env 4.5X9.75", None, None, 2.10), ("COKE", 2.0, 1.50, 3.00)]
    # OCR's letter O after a currency is a zero
    assert _receipt_items("18-03-2018 11:23", "AIR SEJUK  RMO.65S", "CENDOL  RM5.30S", "SUBTOTAL  RM5.95") == [
        ("AIR SEJUK", None, None, 0.65), ("CENDOL", None, None, 5.30)]
    # a count printed first (restaurants), not an item code
    assert _receipt_items("03/21/2025 8:14 PM", "2 Burger  $29.00", "489 TIGER BEER CAN  RM108.50", "Total  137.50") == [
        ("Burger", 2.0, None, 29.0), ("489 TIGER BEER CAN", None, None, 108.5)]
    # a count and price under an item line are that item's
    assert _receipt_items("12-03-18 10:01", "620 MILK POWDER S  RM5.00 Z", "@2 X RM 2.50", "TOTAL SALES RM  5.00") == [
        ("620 MILK POWDER S", 2.0, 2.50, 5.00)]


def test_a_group_subtotal_with_rows_below_does_not_end_the_receipt_items():
    rows = ("Description  Qty  Price  Amount", "WHITE BREAD  2  2.10  4.20", "RYE BREAD  1  3.00  3.00",
            "Total 0% supplies:  7.20", "CAKE  2  4.00  8.00", "Total 6% supplies:  8.00", "GST:  0.48",
            "Total Payable:  15.68")
    assert [amount for *_, amount in _receipt_items(*rows)] == [4.20, 3.00, 8.00]
    # a total the rows add up to, followed by the total repeated and the cash: not a group, the rows end
    assert [amount for *_, amount in _receipt_items(
        "Description  Qty  Amount", "TEA  1  2.00", "SOUP  1  5.00", "SUBTOTAL:  7.00", "TL:RM  7.00",
        "6% GST  0.42")] == [2.00, 5.00]


def test_items_may_add_up_to_the_total_less_a_tax_added_to_them():
    items = rule(ItemsSum, targets=["subtotal", "total"], added=["tax", "tip"])
    rows = [{"amount": 7.20}, {"amount": 8.00}]
    assert items.check({"items": rows, "total": 16.11, "tax": 0.91}) == []
    assert items.check({"items": rows, "total": 16.11}) == ["items add up to 15.2, not total 16.11"]
    assert items.check({"items": rows, "subtotal": 16.11, "tax": 0.91}) != []  # the net target never less tax
    # a service charge on top: less it, or less it and the tax
    assert items.check({"items": rows, "total": 16.72, "tip": 1.52}) == []
    assert items.check({"items": rows, "total": 17.63, "tip": 1.52, "tax": 0.91}) == []
    assert items.check({"items": rows, "total": 17.63, "tip": 1.0, "tax": 0.91}) != []


def test_items_holding_group_lines_still_add_up():
    items = rule(ItemsSum, targets=["total"])
    grouped = [{"amount": a} for a in (600.0, 450.0, 1050.0, 360.0, 90.0, 450.0)]  # a subtotal line per group
    assert items.check({"items": grouped, "total": 1500.0}) == []
    bundle = [{"amount": a} for a in (216.0, 30.0, 60.0, 126.0, 90.0, 36.0)]  # bundles over their parts
    assert items.check({"items": bundle, "total": 216.0}) == []
    assert items.check({"items": grouped, "total": 1600.0}) == ["items add up to 3000.0, not total 1600.0"]


def test_whole_numbers_are_amounts_only_in_a_currency_without_decimals():
    from scan2data.fields.amounts import with_cents

    assert with_cents("Tax 8%  ¥24") == "Tax 8%  ¥24.00"
    assert with_cents("AQUA 600ML  3.500") == "AQUA 600ML  3500.00"  # rupiah thousands; 600ML is a size
    assert with_cents("Total  324") == "Total  324.00"  # the last cell of its row
    assert with_cents("ÖSSZESEN:  1 637 FT") == "ÖSSZESEN:  1637.00 FT"  # a mark after, thousands set apart by a space
    assert with_cents("TONG CONG  64.000 Đ") == "TONG CONG  64000.00 Đ"
    assert with_cents("QTY 2 500") == "QTY 2 500"  # no mark, not the last cell: a count and a price, perhaps
    for untouched in ("2025/03/14 12:10", "Tokyo 150-0043", "14.03.2025 09:30", "Taxi No: 4521", "Tax 8%"):
        assert with_cents(untouched) == untouched


def test_amounts_of_a_three_decimal_currency_are_read_tenfold_and_given_back_as_printed():
    from decimal import Decimal

    from scan2data.fields.amounts import tenfold_thousandths, tenth

    assert tenfold_thousandths("TOTAL KD  3.350") == "TOTAL KD  33.50"
    assert tenfold_thousandths("KHUBZ  0.125") == "KHUBZ  1.25"  # fils: nothing lost
    assert tenfold_thousandths("TOTAL  5,590 DT") == "TOTAL  55.90 DT"  # Tunisia's decimal comma
    assert tenfold_thousandths("Net  1,250.500") == "Net  12505.00"
    for untouched in ("27/03/2025 18:42", "27.03.2025", "VAT 16.5%", "Tel: 1826666"):
        assert tenfold_thousandths(untouched) == untouched
    assert tenth(33.5) == 3.35 and tenth(Decimal("12505.00")) == Decimal("1250.5")
    assert tenth("TOTAL KD 33.50") == "TOTAL KD 3.350"  # what the reviewer sees is what was printed


def test_a_three_decimal_receipt_keeps_its_fils():
    from pathlib import Path

    from scan2data import load_pipeline
    from scan2data.document import Document, Page, TextLine, Transcript

    lines = ["SULTAN CENTER", "Kuwait", "27/03/2025", "LABAN 1L  0.450", "KHUBZ  0.125", "TOTAL KD  0.575", "K-NET  0.575"]
    source = Path("kw.jpg")
    document = Document(source=source, pages=[Page(source=source, number=1,
                                                   transcript=Transcript.from_lines([TextLine(t) for t in lines]))])
    pipeline = load_pipeline("receipt", engine="local")
    pipeline.prepare()
    document = pipeline.process(document, start=pipeline.read_index + 1)
    assert document.data["total"] == 0.575 and document.data["currency"] == "KWD"
    assert [item["amount"] for item in document.data["items"]] == [0.45, 0.125]
    assert document.status == "ok", document.reasons


def test_currency_from_marks_else_the_country_the_page_names():
    from scan2data.document import TextLine
    from scan2data.fields.labelled import extract_currency

    def currency(*texts):
        found = extract_currency([TextLine(text) for text in texts])
        return found.value if found else None

    assert currency("TOTAL  R$ 23,95") == "BRL" and currency("TOTAL  ₱209.00") == "PHP"
    assert currency("CELKEM  61,50 KC") == "CZK"  # read without accents, as receipts are
    assert currency("Bondi Plumbing Pty Ltd", "ABN 12 345 678 901", "Total  $252.45") == "AUD"
    # a Malaysian eatery prints $ for RM; SEK is Malay for section, not kronor
    assert currency("RESTORAN WAN SHENG SDN BHD", "NO.2, JALAN TEMENGGUNG 19/9", "TOTAL AMOUNT: $8.20") == "MYR"
    assert currency("JALAN PERDANA, SEK U3", "TOTAL  12.00") == "MYR"
    assert currency("Totalt  78,25 SEK") == "SEK"
    assert currency("55 Bloor St W", "Toronto ON M4W 1A5", "Total  8.68") == "CAD"  # no mark at all
    assert currency("Main Street", "Total  8.68") is None  # no mark, no country: none guessed
    assert currency("450 Market Street", "San Francisco, CA 94105", "Total  $8.68") == "USD"
    assert currency("Invoice 12", "Currency: CAD", "Total  $ 8.68", "Paid  € 8.68") == "CAD"  # a label names it
    # codes that are words too count beside an amount only: a Turkish street (CAD.), a petrol grade (RON95)
    assert currency("ATATÜRK CAD. NO:12", "İSTANBUL", "TOPLAM  *197,15") == "TRY"
    assert currency("DIESEL & PETROL RON95", "TOTAL  50.00") is None
    assert currency("TOTAL  KES 520.00") == "KES" and currency("Total Incl. VAT  AED 26.50") == "AED"
    assert currency("REMA 1000", "0555 OSLO", "TOTALT  107,70") == "NOK"  # kroner, by the country
    assert currency("FARMACIA SAN MARCO", "P.IVA01234560271", "TOTALE  9,40") == "EUR"  # OCR glued the id to its label
    # German VAT and a five-digit postcode: Germany; Swiss MWST comes with a four-digit one
    assert currency("Hauptstr. 12", "53111 Bonn", "Summe  4,15", "MwSt 7%  0,11") == "EUR"
    assert currency("Bahnhofplatz 10", "3011 Bern", "Total  5.90", "MWST 2.6%  0.15") is None
    # a mark several currencies share: the country the page names says which (Rs in Karachi: Pakistan's)
    assert currency("Bahadurabad, Karachi", "Net Amount  Rs. 2,060.00") == "PKR"
    assert currency("MG Road, Bengaluru", "Net Amount  Rs. 2,060.00") == "INR"  # none of theirs named: INR
    assert currency("Storgatan 14, 903 26 Umeå", "Momsreg.nr SE556677889901", "Att betala  44 000,00 kr") == "SEK"
    assert currency("Smáratorg 1, 201 Kópavogur", "Samtals  1.116 kr.") == "ISK"
    assert currency("Hovedgaden 1", "I alt  250,00 kr") is None  # kr alone: any of four crowns
    # three-decimal dinars by their code or mark beside an amount, never a Malaysian Sdn Bhd's number
    assert currency("TOTAL KD  3.350") == "KWD"
    assert currency("OLDTOWN F&B SDN BHD 829327-P", "TOTAL  21.90") == "MYR"


def test_misread_characters_flags_what_print_rarely_has_but_not_printed_codes():
    misread = rule(MisreadCharacters, fields=["vendor_name", "vendor_address"])
    assert misread.check({"vendor_address": "NO. 7/1L8B, JALAN SS2"}) != []
    assert misread.check({"vendor_address": "400 University Ave, Toronto, ON M5G 1S5"}) == []  # a Canadian postcode
    assert misread.check({"vendor_name": "JAYA GROCER (JAYA GROCER SDN BHD"})[0].startswith(
        "vendor_name: 'JAYA GROCER (JAYA GROCER SDN BHD' has a parenthesis without its pair")
    assert misread.check({"vendor_name": "AEON CO. (M) BHD"}) == []
    assert misread.check({"vendor_address": "5000XFORD ST BONDI JUNCTION NSW 2022"}) != []  # 500 OXFORD ST
    assert misread.check({"vendor_address": "500 OXFORD ST BONDI JUNCTION NSW 2022"}) == []


def test_stray_fields_flags_an_address_that_ran_on_into_other_fields():
    stray = rule(StrayFields, fields=["merchant_name", "merchant_address"])
    assert stray.check({"merchant_address": "7 CARMINE ST NEW YORK, NY 10014 MERCHANT ID: 0000123456"}) == [
        "merchant_address: '0000123456' has a long number (an id, an account or a phone number) — another field "
        "read into it, check where it ends"]
    assert stray.check({"merchant_address": "7 CARMINE ST TERM ID: 001"})[0].startswith(
        "merchant_address: 'ID: 0' has a label of its own")
    assert stray.check({"merchant_address": "MAIN ST VISA ************4242"}) != []
    assert stray.check({"merchant_address": "HOOGSTRAAT 21 02-04-2025"}) != []  # a date
    # what addresses hold: a house number's label, a leading label, postcodes, unit numbers
    for address in ("BARBAROS MAH. ATATURK CAD. NO:12 ATASEHIR / ISTANBUL", "HQ: 7, JLN SS21/34, 47400 PJ",
                    "LOT PTD 198718 TMN SIERRA P 81750 MASAI JOHOR", "SHOP 3, 88 KING ST NEWTOWN NSW 2042",
                    "NO. 5, JALAN 7/118B, DESA TUN RAZAK 56000 KUALA LUMPUR"):
        assert stray.check({"merchant_address": address}) == [], address


def test_a_bare_dollar_on_amounts_written_with_a_decimal_comma_is_flagged(tmp_path):
    from scan2data import load_pipeline
    from scan2data.document import Document, Page, TextLine, Transcript

    pipeline = load_pipeline("receipt", engine="local")
    pipeline.prepare()

    def read(text):
        source = tmp_path / "slip.jpg"
        lines = [TextLine(line) for line in text.splitlines()]
        document = Document(source=source, pages=[Page(source=source, number=1, transcript=Transcript.from_lines(lines))])
        return pipeline.process(document, start=pipeline.read_index + 1)

    pesos = read("CAFE LA PAZ\nAv. Central 10\n2 CAFE  $ 4.800,00\nTOTAL  $ 4.800,00\n16/03/2025")
    assert pesos.data["total"] == 4800.0 and pesos.status == "needs_review"
    assert any("1.234,56" in reason for reason in pesos.reasons)
    dollars = read("CAFE LA PAZ\n10 Main St\n2 COFFEE  $4.80\nTOTAL  $4.80\n03/16/2025")
    assert dollars.data["currency"] == "USD" and not any("currency" in reason for reason in dollars.reasons)


def test_an_address_gets_back_the_space_ocr_lost_after_its_postcode():
    from scan2data.document import TextLine
    from scan2data.fields.parties import extract_address

    def address(*texts, confidence=0.97):
        found = extract_address([TextLine(text, confidence=confidence) for text in texts])
        return found.value if found else None

    assert address("HARDWARE HUT", "2300 N CLYBOURN AVE", "CHICAGO, IL60614") == "2300 N CLYBOURN AVE CHICAGO, IL 60614"
    assert address("KEDAI MAJU SDN BHD", "NO.2, JALAN TEMENGGUNG 19/9", "43200CHERAS, SELANGOR") == \
        "NO.2, JALAN TEMENGGUNG 19/9 43200 CHERAS, SELANGOR"
    # an item under the town whose price OCR ran into its tax code (0,95 1 read 0,951) is no address line
    assert address("DM-DROGERIE MARKT", "KONIGSTRASSE 21", "70173 STUTTGART", "BALEA DUSCHGEL  0,951") == \
        "KONIGSTRASSE 21 70173 STUTTGART"
    # a text layer is as printed: nothing repaired
    assert address("HARDWARE HUT", "2300 N CLYBOURN AVE", "CHICAGO, IL60614", confidence=1.0).endswith("IL60614")


def test_a_tax_printed_once_per_rate_adds_up_however_the_ocr_spaced_its_rate():
    slip = ["ZEITUNG  2.80", "SUMME  5.30 EUR", "BAR  10.00", "ZURUCK  4.70", "INKL. 7% MWST 0.18"]
    for last in ("INKL. 19% MWST 0.40", "INKL.19% MWST 0.40"):
        assert field("tax", *slip, last) == 0.58


def test_a_total_that_includes_the_tax_is_the_total_the_tax_it_includes_is_the_tax():
    slip = ["Coopers Pale Ale 24pk  $62.99", "Penfolds Bin 28  $42.00", "Card Surcharge 1.5%  $1.57",
            "Total  $106.56", "Eftpos  $106.56"]
    assert field("total", *slip, "Total includes GST  $9.69") == 106.56  # 1/11 of 106.56, Australia's 10 %
    assert field("tax", *slip, "Total includes GST  $9.69") == 9.69
    assert field("total", "Subtotal  96.87", "Total incl. GST  106.56", "GST  9.69") == 106.56


def test_a_tax_table_that_names_its_tax_twice_and_a_total_in_a_second_currency():
    # the code column's heading, then the tax's; the totals row under the rates adds them up
    rewe = ["SUMME  EUR  2,93", "Steuer  %  Netto  Steuer  Brutto", "A=  19,0%  0,21  0,04  0,25",
            "B=  7,0%  2,51  0,17  2,68", "Gesamtbetrag  2,72  0,21  2,93"]
    assert field("tax", *[t.replace(",", ".") for t in rewe]) == 0.21
    assert field("tax", "SUMME  € 5.48", "Steuer  Netto  Steuer  Brutto", "B= 7.0%  5.12  0.36  5.48") == 0.36
    lidl = ["zu zahlen  3.45", "MwSt-Satz  MwSt  Netto  Brutto", "A 7%  0.17  2.41  2.58", "B 19%  0.14  0.73  0.87"]
    assert field("tax", *lidl) == 0.31  # the tax column over each rate's row
    # a duty-free slip converts its total: the one in the page's own currency is the total
    assert field("total", "Toblerone 360g  8.50", "Total EUR  48.40", "Total USD  52.27", "Paid VISA EUR  48.40") == 48.4


def test_freight_or_a_discount_between_the_subtotal_and_the_total_counts():
    parts_sum = rule(PartsSum, parts=["subtotal", "tax"], allowances="allowances", charges="charges")
    us = {"subtotal": 1428.0, "charges": 45.0, "tax": 58.55, "total": 1531.55}  # Subtotal, Freight, Tax, Total
    assert parts_sum.check(us) == []
    assert rule(PartsSum, parts=["subtotal", "tax"]).check(us) != []  # not counted unless named
    # a German net already holds its Zuschläge: counted once
    assert parts_sum.check({"subtotal": 110.0, "charges": 10.0, "tax": 20.9, "total": 130.9}) == []
    assert parts_sum.check({"subtotal": 100.0, "allowances": -5.0, "tax": 19.0, "total": 114.0}) == []
    assert parts_sum.check({"subtotal": 100.0, "charges": 10.0, "tax": 19.0, "total": 150.0}) != []


def test_a_zero_balance_is_not_the_bill_and_a_rate_per_litre_is_not_an_item():
    folio = ["03/22  Room Charge  189.00", "03/23  Room Charge  189.00", "03/24  Visa Payment  -378.00",
             "Total Charges  378.00", "Total Payments  -378.00", "Balance Due  0.00"]
    assert field("total", *folio) == 378.0
    fuel = ["24/03/2025 08:40", "Rate: Rs 102.86/L", "Volume: 19.44 L", "Amount: Rs 2000.00"]
    assert field("items", *fuel) is None


def test_words_after_the_last_amount_make_no_item_row():
    from decimal import Decimal

    from scan2data.fields.items import _row

    assert _row("LG 1.12, JALAN PJS 11/15") is None  # an address's unit number
    assert _row("2PC COMBO  19.90").amount == Decimal("19.90")
    assert _row("VEGETABLES  8.50 ZRL").amount == Decimal("8.50")  # a tax code may follow


def test_a_zero_before_an_apostrophe_in_a_name_is_an_o():
    from scan2data.document import TextLine
    from scan2data.fields.parties import extract_company

    lines = [TextLine(t) for t in ["0'Brien Plumbing & Heating Ltd", "12 Main Street, Naas W91 X2Y3"]]
    assert extract_company(lines).value == "O'Brien Plumbing & Heating Ltd"


def test_accents_are_folded_on_latin_letters_only():
    from scan2data.fields.found import without_accents

    assert without_accents("Stückpreis ÁLAM Ş") == "Stuckpreis ALAM S"
    # Russian Й is not И, Japanese ガ not カ, and a Korean syllable is not split into its jamo
    assert without_accents("Йогурт ガス 역삼점") == "Йогурт ガス 역삼점"


def test_a_vat_id_is_neither_a_phone_number_nor_part_of_the_address():
    from scan2data.document import TextLine
    from scan2data.fields.parties import extract_address, extract_phone

    lines = [TextLine(t) for t in ("RIMI EESTI FOOD AS", "Suur-Sõjamäe 4, 11415 Tallinn", "KMKR nr EE100200310",
                                   "PVM kodas LT230335113", "KOKKU  5,32 EUR")]
    assert extract_phone(lines) is None
    assert extract_address(lines).value == "Suur-Sõjamäe 4, 11415 Tallinn"


def test_dates_keep_one_separator_and_a_receipts_return_date_is_no_rival():
    from scan2data.document import TextLine
    from scan2data.fields.dates import extract_date, find_dates

    assert find_dates("Maxwell Food Centre #01-10/11") == []  # a unit number
    assert [raw for raw, _ in find_dates("02/04/2025 12:15")] == ["02/04/2025"]
    lines = [TextLine(t) for t in ("RETURN", "14/02/2025 16:40", "TOTAL  -14.14", "Return by: 16/03/2025")]
    found = extract_date(lines, avoid=["RETURN"])
    assert found.value == "2025-02-14" and found.doubt is None
    assert extract_date(lines, avoid=[]).doubt is not None  # unlabelled, another date: a rival


def test_the_malay_spelling_repair_runs_on_malaysian_pages_only():
    from scan2data.document import TextLine
    from scan2data.fields.parties import extract_address

    def address(*texts):
        return extract_address([TextLine(t, confidence=0.9) for t in texts]).value

    assert address("SHELL", "2301 S LAMAR BLVD", "AUSTIN, TX 78704", "TOTAL  $37.63") == "2301 S LAMAR BLVD AUSTIN, TX 78704"
    assert address("KEDAI RUNCIT AH SENG", "NO 5, JALAN EANDAR UTAMA", "47800 PETALING JAYA", "TOTAL  RM 9.00") == \
        "NO 5, JALAN BANDAR UTAMA 47800 PETALING JAYA"


def test_a_measure_at_a_price_is_the_rows_quantity():
    def rows(*texts):
        return [(item["description"], item.get("quantity"), item.get("unit_price"), item["amount"])
                for item in field("items", *texts)]

    # a weight or volume with decimals before an @ (or an x and a price with cents) is the quantity, the
    # price per unit after it the unit price, whatever the unit (item_measures) or the price's own /lb
    assert rows("SMOKED TURKEY  0.62 lb @ $17.99/lb  $11.15", "TOTAL  $11.15") == \
        [("SMOKED TURKEY", 0.62, 17.99, 11.15)]
    assert rows("BANANEN", " 1.134 kg x 1.99 EUR/kg  2.26", "TOTAAL  2.26") == [("BANANEN", 1.134, 1.99, 2.26)]
    # a price per litre in thousandths, or in pence, is the unit price when quantity times it is the amount
    assert rows("Diesel  40.00 LTR @ 1.659  66.36", "TOTAL  66.36") == [("Diesel", 40.0, 1.659, 66.36)]
    assert rows("Pump 04 Unleaded  40.17 L @ 135.9 p/L  54.59", "TOTAL  54.59") == \
        [("Pump 04 Unleaded", 40.17, 1.359, 54.59)]
    # a pack's size is no quantity: without decimals before the @, or a count after the x
    assert rows("KACANG GORENG 400G @7.20  21.60", "TOTAL  21.60") == [("KACANG GORENG 400G", None, 7.2, 21.6)]
    assert rows("Milk 1.5L x 2  3.00", "TOTAL  3.00") == [("Milk 1.5L", 2.0, None, 3.0)]
