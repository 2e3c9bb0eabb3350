import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.stdout.write("abc"))
print(type(sys.argv).__name__)
print(sys.getrecursionlimit() >= 1000, type(sys.modules).__name__ if hasattr(sys, "modules") else "dict")
