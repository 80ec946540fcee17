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
