def normalize_phone(s):
    digits = "".join(ch for ch in s if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError(f"invalid phone number: {s!r}")
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
for p in ["555-123-4567", "(555) 987 6543", "+1 555 000 1111", "5551234567"]:
    print(normalize_phone(p))
normalize_phone("12345")
