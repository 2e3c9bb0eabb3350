# stubs: crm.pyi
n = 255
print(n.bit_length(), n.to_bytes(2, "big"), (3.5).is_integer(), n.real, hex(n), bin(n))
