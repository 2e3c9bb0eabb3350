def first_int(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            continue
    return None
print(first_int(["a", "b", "3", "4"]))
print(first_int(["x"]))
def stop_at_bad(items):
    total = 0
    for item in items:
        try:
            total += int(item)
        except ValueError:
            break
        finally:
            print("checked", item)
    return total
print(stop_at_bad(["1", "2", "z", "4"]))
