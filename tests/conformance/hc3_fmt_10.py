amount = 1234.5
print(f"${amount:,.2f}")
print(f"{amount:>12,.2f}")
print(f"{-amount:,.0f}")
print(f"{amount:015,.2f}")
print(f"{0.1 + 0.2}")
print(f"{0.1 + 0.2:.17f}")
print(f"{1/3:.5}", f"{2/3:.3g}", f"{100.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}")
print(f"{10**20:,}", f"{-0.0}", f"{float('inf'):>6}", f"{float('nan')}")
