# Run in CPython 3.14 (node parser/gen/pyodide_run.mjs THIS_FILE) by compare.py: prints one line
# "NAME<TAB>ANSWER" per name to try, ANSWER being the code point CPython's \N{NAME} escape gives
# (upper-case hex) or "-" if it rejects the name. The names: every character's name, every
# alias and named sequence, all of those in lower case, and near misses of them (a fixed seed).
import random
import sys
import unicodedata

SEED = 20261127
HANGUL, CJK = "HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"
JAMO = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "J", "JJ", "C", "K", "T", "P",
        "H", "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
        "WEO", "WE", "WI", "YU", "EU", "YI", "I", "GS", "NJ", "NH", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "BS", "NG", "X", ""]


def answer(name):
    """What CPython's \\N{name} gives: the str literal decoder is the unicode-escape codec."""
    try:
        text = ("\\N{%s}" % name).encode("ascii").decode("unicode_escape")
    except UnicodeDecodeError:
        return "-"
    assert len(text) == 1, name
    return "%X" % ord(text)


def character_names():
    return [n for n in (unicodedata.name(chr(c), None) for c in range(sys.maxunicode + 1)) if n]


def aliases_and_sequences():
    """CPython keeps name aliases and named sequences under plane-15 private-use code points of
    its name database, which the namereplace error handler spells (see unicode_names_gen.py)."""
    found = []
    for code in range(0xF0000, 0xFFFFE):
        spelled = chr(code).encode("ascii", "namereplace")
        if spelled.startswith(b"\\N{"):
            found.append(spelled[3:-1].decode("ascii"))
    return found


def computed_edges(names):
    """CJK names around each block's ends and in other spellings; Hangul syllables of any
    jamo sequence."""
    cjk = sorted(int(n[len(CJK):], 16) for n in names if n.startswith(CJK))
    ends = [c for k, c in enumerate(cjk) if k == 0 or cjk[k - 1] != c - 1]
    ends += [c for k, c in enumerate(cjk) if k == len(cjk) - 1 or cjk[k + 1] != c + 1]
    out = []
    for c in ends:
        for v in (c - 1, c, c + 1):
            out += [CJK + "%04X" % v, CJK + "%04x" % v, CJK + "%06X" % v, CJK + "0%X" % v]
    out += [CJK + "%03X" % 0x4E0, CJK, CJK[:-1], "CJK UNIFIED IDEOGRAPH 4E00", CJK + "4E0G"]
    rng = random.Random(SEED)
    for _ in range(3000):
        out.append(HANGUL + "".join(rng.choice(JAMO) for _ in range(rng.randint(0, 4))))
    out += [HANGUL, HANGUL[:-1], "HANGUL SYLLABLE  GA", "Hangul Syllable GA"]
    return out


def near_misses(names):
    rng = random.Random(SEED)
    words = sorted({w for n in names for w in n.split()})
    out = []
    for name in rng.sample(names, 20000):
        k = rng.randrange(len(name))
        out += [name[:-1], name[1:], name + "A", name + " ", " " + name, name.title(),
                name.replace(" ", "  ", 1), name.replace(" ", "-", 1), name.replace("-", " ", 1),
                name[:k] + rng.choice("ABCXYZ -0") + name[k + 1:]]
    for _ in range(5000):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 5))))
    out += ["", " ", "A" * 300, "A" * 257, "TANGUT IDEOGRAPH-17000", "TANGUT IDEOGRAPH-18D00",
            "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
            "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-FA6E",
            "EGYPTIAN HIEROGLYPH A001", "PRIVATE USE-E000", "SURROGATE-D800"]
    return out


def main():
    names = character_names()
    listed = names + aliases_and_sequences()
    tries = listed + [n.lower() for n in listed] + computed_edges(names) + near_misses(listed)
    seen = set()
    for name in tries:
        if name not in seen and not any(c in name for c in "}\\\t\n"):
            seen.add(name)
            print("%s\t%s" % (name, answer(name)))


main()
