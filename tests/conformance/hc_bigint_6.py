n = 2 ** 127 - 1
print(n, n % 1000000007, n.bit_length(), str(n).count("7"))
print(pow(3, n, 1000), pow(2, 10 ** 6, 997))
big = 10 ** 50 + 7
print(big * big, big // 12345, -big // 12345, big % -12345)
print(int(str(big)), int(f"{big:x}", 16) == big, f"{big:,}"[:15])
print(sum(range(10 ** 6)), 10 ** 18 + 1 == int(1e18) + 1, int(1e18) == 10 ** 18)
1 << 200
