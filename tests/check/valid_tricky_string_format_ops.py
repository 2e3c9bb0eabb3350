# stubs: crm.pyi
header = "=" * 40
line = "-" * len(header)
msg = "%s has %d deals" % ("ana", 3)
print(header + "\n" + msg + "\n" + line)
print("total: " + str(42) + " / " + f"{3.5:.1f}")
