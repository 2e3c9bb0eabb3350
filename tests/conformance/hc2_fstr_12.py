# alignment of signed numbers and zero padding
for v in (7, -7, 0, 3.5, -3.5):
    print(f"[{v:=+8}]", f"[{v:08.2f}]", f"[{v: 6}]", f"[{v:<+6}]")
print(f"{-1:#010b}", f"{255:#06x}", f"{-0.0:+.1f}", f"{0.0: .1f}")
f"{12:^+7}"
