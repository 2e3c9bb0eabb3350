# === f-string debug specifier after a conversion is a syntax error ===
x = 10
print(f'{x!r = }')
