def work(n):
    try:
        print("working", n)
        return 100 // n
    finally:
        print("cleanup", n)
print(work(5))
print(work(0))
