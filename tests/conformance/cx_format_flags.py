for spec in ["#", "#.0", "#e", "#.0e", "#g", "#.3", "#>15", "z", "z.0f", "+#.0f", ".0", ".0e", ".1", ".100", "G", "_", ",", "_.3f", ",.3e", ".3_f", ".6,f"]:
    for z in [1 + 2j, complex(-0.0, -0.0), complex(1234567.125, -0.0001), 1e16j, complex(float("nan"), float("-inf"))]:
        try:
            print(repr(spec), repr(format(z, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError:", e)
