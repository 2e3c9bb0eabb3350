# int() with an explicit base rejects a digit
print(int('777', 8), int('z', 36))
print(int('-0x1A', 16))
print(int("ff", 16), int("0b101", 0), int("  42  "))
print(int("12", 2))
