for s in ("x", "_", "_x1", "1x", "", "a b", "ĉapelo", "℘", "ᢅ", "a·b", "·a", "x\u200d", "αβγ", "変数", "a-b", "None"):
    print(repr(s), s.isidentifier())
"class".isidentifier()
