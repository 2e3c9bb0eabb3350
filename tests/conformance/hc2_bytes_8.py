# bytearray as buffer
buf = bytearray()
for word in ["id", "name", "x"]:
    enc = word.encode()
    buf.append(len(enc))
    buf += enc
print(buf, bytes(buf).hex())
out, i = [], 0
while i < len(buf):
    n = buf[i]
    out.append(buf[i + 1:i + 1 + n].decode())
    i += 1 + n
print(out, buf.count(b"a"), buf.find(b"name"), buf[::-1][:3])
buf
