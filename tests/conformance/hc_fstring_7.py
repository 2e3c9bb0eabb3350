amount = 1234.5
print(f"${amount:,.2f}", f"{amount:=+12.2f}", f"{-amount:=12.1f}")
print(f"{0:>{3}}", f"{'x':#<4}")
print(f"{12:c}" if False else "", f"{65:c}", f"{0x263A:c}")
print(f"{3.0:n}", f"{1000000:n}")
print(f"{12.0:.0%}", f"{1:.2%}")
print(f"{float('inf'):.2f} {float('nan'):f} {-float('inf'):e}")
