# \N{...} names that Unicode 15.1 and 16.0 added (CPython 3.14 has 16.0): new scripts, the
# Symbols for Legacy Computing Supplement, Egyptian hieroglyphs named by code point, new CJK
# strokes and ideographic description characters, and aliases added since 15.0.
print(ascii("\N{GARAY DIGIT ZERO}\N{GARAY VOWEL SIGN A}\N{GARAY CAPITAL LETTER A}\N{GARAY SMALL LETTER A}"))
print(ascii("\N{GARAY PLUS SIGN}\N{GARAY MINUS SIGN}"))
print(ascii("\N{TODHRI LETTER A}\N{TODHRI LETTER AS}\N{TODHRI LETTER MBA}"))
print(ascii("\N{SUNUWAR LETTER DEVI}\N{SUNUWAR LETTER APPHO}\N{SUNUWAR DIGIT ZERO}\N{SUNUWAR SIGN PVO}"))
print(ascii("\N{TULU-TIGALARI LETTER A}\N{TULU-TIGALARI SIGN LOOPED VIRAMA}\N{TULU-TIGALARI SIGN OM PUSHPIKA}"))
print(ascii("\N{KIRAT RAI LETTER A}\N{KIRAT RAI DIGIT ZERO}\N{OL ONAL LETTER A}\N{OL ONAL DIGIT ZERO}"))
print(ascii("\N{GURUNG KHEMA LETTER A}\N{GURUNG KHEMA DIGIT ZERO}"))
print(ascii("\N{UP-POINTING GO-KART}\N{LEFT-POINTING STICK FIGURE}\N{ANTENNA}\N{HORIZONTAL RESISTOR SEGMENT}"))
print(ascii("\N{EGYPTIAN HIEROGLYPH-13460}\N{EGYPTIAN HIEROGLYPH-143FA}\N{CJK STROKE HXG}\N{CJK STROKE SZP}"))
print(ascii("\N{CUNEIFORM SIGN KALAM}\N{BAMUM LETTER PHASE-A MAEMGBIEE}"))
print(ascii("\N{MENDE KIKAKUI SYLLABLE M172 MBO}\N{MENDE KIKAKUI SYLLABLE M174 MBOO}"))
# in any letter case, like every listed name
print(ascii("\N{garay vowel sign a}\N{Todhri Letter A}\N{egyptian hieroglyph-13460}\N{cuneiform sign kalam}"))
print(ascii(f"{1}\N{SUNUWAR LETTER DEVI}{2}"), len("\N{ANTENNA}\N{ANTENNA}"), ord("\N{TODHRI LETTER A}"))
print("\N{GARAY DIGIT ZERO}" == "\U00010d40", "\N{ANTENNA}".isprintable())
