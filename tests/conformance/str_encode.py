print("café".encode(), "café".encode("latin-1"), "abc".encode("ascii"), "ü".encode("UTF8"))
print("é€".encode("latin-1", "replace"), "é😀".encode("ascii", "backslashreplace"), "aéb".encode("ascii", "ignore"))
print("é".encode("ascii", "xmlcharrefreplace"), "\udcff".encode("utf-8", "surrogateescape"), "a\ud800".encode("utf-8", "surrogatepass"))
print("x".encode(encoding="us-ascii", errors="strict"), "é".encode("iso-8859-1"), "ok".encode("latin1", "bogus"))
for bad in (lambda: "a".encode("no-such-codec"), lambda: "é".encode("ascii", "bogus"), lambda: "a".encode(1),
            lambda: "a".encode(errors=1), lambda: "a".encode("utf-8", "strict", 1)):
    try:
        bad()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    "x\ud800\udc00y".encode()
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
"naïve".encode("ascii")
