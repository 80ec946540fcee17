from scan2data.lexicon import repair, repair_word


def test_one_character_ocr_errors_in_address_words_are_repaired():
    assert repair("40170 EANDAR SETIA ALAM, SELANGOR DIARUL EHSAN, MALAYSLA") == \
        "40170 BANDAR SETIA ALAM, SELANGOR DARUL EHSAN, MALAYSIA"
    assert repair("Kawasan Perinoustrian") == "Kawasan Perindustrian"  # case kept


def test_abbreviations_and_postcodes():
    assert repair("JIN PUTERI 1/6, 4380O DENGKIL") == "JLN PUTERI 1/6, 43800 DENGKIL"
    assert repair("BIK G, 1351-B") == "BLK G, 1351-B"  # a unit number is not a postcode


def test_ambiguous_short_and_unknown_words_stay_as_printed():
    assert repair_word("ALAN") == "ALAN"  # too short, and one edit from both ALAM and JALAN
    assert repair_word("GEMEILANG") == "GEMEILANG"  # not near any known word
    assert repair("SULTAN ISNAIL") == "SULTAN ISNAIL"  # a name: not in the vocabulary's reach


def test_only_letters_ocr_confuses_are_repaired():
    assert repair("PLAZA DAMAS") == "PLAZA DAMAS"  # S is no misread I: a right name one letter from DAMAI
    assert repair("JAIAN KLUANC") == "JALAN KLUANG"  # I for L, C for G: OCR's slips


def _lines(*texts):
    from scan2data.document import TextLine

    return [TextLine(text) for text in texts]


def test_an_address_goes_on_after_a_comma_and_ends_at_its_country():
    from scan2data.fields.parties import extract_address

    cut = extract_address(_lines("KEDAI MAJU SDN BHD", "NO.17, 18 & 41, JALAN BESAR,", "39100 BRINCHANG,",
                                 "CAMERON HIGHLANDS, PAHANG", "(GST REG NO. 001492992000)"))
    assert cut is not None and cut.value.endswith("39100 BRINCHANG, CAMERON HIGHLANDS, PAHANG")
    mall = extract_address(_lines("POPULAR BOOK CO. (M) SDN BHD", "NO 8, JALAN 7/118B, DESA TUN RAZAK",
                                  "56000 KUALA LUMPUR, MALAYSIA", "IOI MALL"))
    assert mall is not None and mall.value.endswith("KUALA LUMPUR, MALAYSIA")
    care = extract_address(_lines("MYNEWS SDN BHD", "LOUNGE 2, GROUND FLOOR, NO 2, JALAN PJU 1A/7A,",
                                  "47301, PETALING JAYA, SELANGOR", "MYNEWSCARELINE:1800 88 1231"))
    assert care is not None and "CARELINE" not in care.value and care.value.endswith("SELANGOR")


def test_a_header_naming_two_businesses_puts_the_merchant_in_doubt(tmp_path):
    from scan2data import load_pipeline
    from scan2data.document import Document, Page, TextLine, Transcript
    from scan2data.fields.parties import extract_company

    lines = [TextLine(t) for t in ["TRI SHAAS SDN BHD", "(1022185-D)", "MYDIN MART SRI MUDA",
                                   "NO 1, JALAN BAKAWALI 50/D, 40400 SHAH ALAM", "TOTAL  7.00"]]
    found = extract_company(lines)
    assert found.value == "TRI SHAAS SDN BHD" and found.confidence < 0.5 and "MYDIN MART SRI MUDA" in found.doubt
    # the sender line above the address repeats the name: one business, no doubt
    same = [TextLine("Kraxi GmbH"), TextLine("Kraxi GmbH · Flugzeugallee 17 · 12345 Papierfeld")]
    assert extract_company(same).doubt is None
    # through the pipeline the doubt is the review reason, naming the field
    document = Document(source=tmp_path / "r.png", pages=[Page(source=tmp_path / "r.png", number=1,
                                                                transcript=Transcript.from_lines(lines))])
    pipeline = load_pipeline("receipt", engine="local")
    document = pipeline.process(document, start=pipeline.read_index + 1)
    assert document.status == "needs_review"
    assert any(r.startswith("merchant_name: the header names another business too (MYDIN MART SRI MUDA)")
               for r in document.reasons), document.reasons


def test_an_owned_by_line_is_neither_the_name_nor_a_second_business():
    from scan2data.document import TextLine
    from scan2data.fields.parties import extract_company

    def company(*texts):
        return extract_company([TextLine(t) for t in texts])

    shop = company("KEDAI MAKAN ABC", "OWNED BY: XYZ ENTERPRISE SDN BHD", "NO 5 JALAN 1, 43000 KAJANG")
    assert shop.value == "KEDAI MAKAN ABC" and shop.doubt is None  # the owner's suffix does not win
    division = company("TOP 1 TOYS", "(A DIVISION OF TOP ONE TRADING SDN BHD)", "NO 5 JALAN 1, 43000 KAJANG")
    assert division.value == "TOP 1 TOYS" and division.doubt is None  # not glued on as the name's tail
    # the label on a line of its own, the owner on the next
    apart = company("KEDAIBUKUMAJU", "NO 5 JALAN 1, 43000 KAJANG", "TAX INVOICE", "Owned By :",
                    "MAJU SUPPLY SDN BHD (1135772-K)", "CASH SALES COUNTER")
    assert apart.value == "KEDAIBUKUMAJU" and apart.doubt is None


def test_a_name_line_holding_two_columns_is_in_doubt():
    from scan2data.document import TextLine
    from scan2data.fields.parties import extract_company

    lines = [TextLine("Adatum Corporation  CRONUS DE", (158, 314, 1573, 340), cells=((158, 460), (1420, 1573))),
             TextLine("Station Road, 21  Hofstraße 12", (159, 354, 1573, 379), cells=((159, 380), (1420, 1573)))]
    found = extract_company(lines)
    assert found.doubt == "its line holds two columns (Adatum Corporation | CRONUS DE): check which is the business"
    # OCR splits one name into fragments a little apart: one column, no doubt
    fragments = [TextLine("AIK HUAT  HARDWARE SDN BHD", (30, 10, 600, 40), cells=((30, 220), (260, 600)))]
    assert extract_company(fragments).doubt is None


def test_towns_and_words_the_lexicon_knows_stay_as_printed():
    from scan2data.lexicon import repair

    # not in the lexicon, PASAR and KLUANG were one letter from PASIR and KLANG: read as those
    assert repair("NO. 5, JALAN PASAR BESAR, 86000 KLUANG, JOHOR.") == "NO. 5, JALAN PASAR BESAR, 86000 KLUANG, JOHOR."
    assert repair("45 RUE MOUFFETARD 75005 PARIS") == "45 RUE MOUFFETARD 75005 PARIS"
    assert repair("JALAN KLUANC") == "JALAN KLUANG"  # OCR's misread still repaired


def test_two_known_words_run_together_get_their_space_back():
    from scan2data.lexicon import repair

    assert repair("NO 149, JALANAMPANG 50450 KUALA LUMPUR") == "NO 149, JALAN AMPANG 50450 KUALA LUMPUR"
    assert repair("53200,KUALALUMPUR.") == "53200,KUALA LUMPUR."
    assert repair("KAWASAN PERINDUSTRIAN BALAKONG") == "KAWASAN PERINDUSTRIAN BALAKONG"  # known words stay whole
