def f():
    try:
        return 1
    finally:
        print("in finally")
        {}["missing"]
print("start")
f()
