import math
vals = [divmod(-0.0, 1), round(-0.5), round(-0.4, 1), -0.0 == 0, math.copysign(1, -0.0), float("-0.0"), abs(-0.0),
        (-1) ** 0.5, pow(-8, 1 / 3), 10 % -3.0, int(-0.0), 0.0 * -1, 1 / float("-inf"), math.fmod(-0.0, 1),
        -0.0 + 0.0, -0.0 - 0.0, (-0.0).hex(), str(-0.0), f"{-0.0:.1f}", f"{-0.0:+}", round(-0.0), -0.0 // 1,
        max(-0.0, 0.0), min(0.0, -0.0), sorted([0.0, -0.0, -1e-300]), hash(-0.0) == hash(0.0), {0.0: 1, -0.0: 2},
        math.atan2(-0.0, -1), math.sqrt(-0.0), (-0.0).is_integer(), math.floor(-0.0), complex(-0.0, -0.0)]
for v in vals:
    print(repr(v))
