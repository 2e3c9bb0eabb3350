parts = ["a", "b", "c"]
print(*parts)
print(*parts, sep=", ")
print(*parts, sep="", end="!\n")
print("x", 1, 2.0, None, True, [1], sep="|")
print()
print("no newline", end="")
print(" - continued")
import sys
sys.stdout.write("written\n")
print(end="")
print("done", flush=True)
