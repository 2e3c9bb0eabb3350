cases = ["{", "}", "a{", "a}b", "{0", "{0!}", "{0!x}", "{0!rr}", "{0:}}", "{0[}", "{0]}", "{:{:{}}}",
         "{0.}", "{0[]}", "{0[-1]}", "{-1}", "{ }", "{5}", "{}{0}", "{0}{}", "{:d}", "{:x}", "{a}", "{0[0]x}", "{0!"]
for c in cases:
    try:
        print(repr(c), repr(c.format("abc", [1])))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(c), type(e).__name__, e)
"{0:{1}}".format(1, "q")
