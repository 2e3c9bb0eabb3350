def parse_duration(s):
    units = {"h": 3600, "m": 60, "s": 1}
    total, num = 0, ""
    for ch in s:
        if ch.isdigit():
            num += ch
        elif ch in units and num:
            total += int(num) * units[ch]
            num = ""
        else:
            raise ValueError(f"bad duration {s!r}")
    if num:
        raise ValueError(f"trailing number in {s!r}")
    return total
def fmt_duration(secs):
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
for s in ["1h30m", "45s", "2h5s", "90m"]:
    print(s, parse_duration(s), fmt_duration(parse_duration(s)))
parse_duration("10x")
