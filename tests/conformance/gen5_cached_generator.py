from functools import lru_cache

@lru_cache(maxsize=None)
def shared():
    try:
        for i in range(4):
            yield i
    finally:
        print("shared closed")

for x in shared():
    print("first", x)
    break
print("cached one still open:", next(shared()))
for x in shared():
    print("rest", x)
print("end")
