CURRENCY_SYMBOLS = "$€£¥₹"
CURRENCY = (
    "(?:[A-Z]{0,3}[" + CURRENCY_SYMBOLS + "]|USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|CNY|RMB|HKD|SGD|SEK|NOK"
    r"|DKK|PLN|CZK|HUF|RON|BRL|MXN|ZAR|RUB|TRY|KRW|Rs\.?|kr\.?|zł|Kč|Ft|lei|Fr\.)"
)
SIGN = "[+\\-\u2212]"
GROUP_SPACES = " \u00a0\u202f\u2009'\u2019"


def formatted_number_pattern(decimal):
    mark = r"\." if decimal == "." else ","
    other = "," if decimal == "." else r"\."
    # Groups of three after 1-3 digits, the same separator throughout; Indian lakh groups for a '.' decimal.
    western = rf"[0-9]{{1,3}}(?P<group>(?:{other}|[{GROUP_SPACES}]))[0-9]{{3}}(?:(?P=group)[0-9]{{3}})*"
    lakh = r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}" if decimal == "." else ""
    whole = rf"(?:(?:{western}{lakh})(?:{mark}[0-9]*)?|[0-9]+(?:{mark}[0-9]*)?|{mark}[0-9]+)"
    return re.compile(
        rf"(?P<sign1>{SIGN})?\s*(?P<prefix>{CURRENCY})?\s*(?P<sign2>{SIGN})?\s*(?P<body>{whole})"
        rf"\s*(?P<k1>[kK])?\s*(?P<suffix>{CURRENCY}|%)?\s*(?P<k2>[kK])?"
    )


FORMATTED_NUMBER = {".": formatted_number_pattern("."), ",": formatted_number_pattern(",")}


def read_formatted_number(text, number_format):
    """The number a trimmed cell shows through its formatting ("$15,000" is 15000), else None."""
    decimal = number_format["decimal"]
    match = FORMATTED_NUMBER[decimal].fullmatch(text) if re.search("[0-9]", text) else None
    if match is None:
        return None
    sign1, prefix, sign2, body, k1, suffix, k2 = match.group(
        "sign1", "prefix", "sign2", "body", "k1", "suffix", "k2"
    )
    if (sign1 and sign2) or (k1 and k2) or (prefix and suffix):
        return None
    percent = suffix == "%"
    currency = prefix is not None or (suffix is not None and not percent)
    thousands = k1 is not None or k2 is not None
    if percent and (currency or thousands):
        return None
    separators = "," if decimal == "." else "."
    digits = re.sub("[" + re.escape(separators + GROUP_SPACES) + "]", "", body)
    plain = digits.replace(",", ".", 1) if decimal == "," else digits
    # Scaling by the exponent keeps 1.1k exact (1100), where 1.1 * 1000 would not be.
    value = float(plain + "e3" if thousands and not number_format["k_is_unit"] else plain)
    if not math.isfinite(value):
        return None
    return -value if (sign1 or sign2) in ("-", "\u2212") else value
