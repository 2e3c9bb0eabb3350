# int.to_bytes and struct-like packing by hand
def pack_u32(n):
    return n.to_bytes(4, "little")
def unpack_u32(b, off=0):
    return int.from_bytes(b[off:off + 4], "little")
buf = b"".join(pack_u32(n) for n in [1, 256, 65535, 2 ** 32 - 1])
print(buf.hex(), len(buf))
print([unpack_u32(buf, i) for i in range(0, len(buf), 4)])
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"), (-128).to_bytes(1, "big", signed=True))
pack_u32(2 ** 32)
