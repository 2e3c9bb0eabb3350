inputs = ["3", "0", "x", "-2", None, "4"]
results = []
for raw in inputs:
    try:
        n = int(raw)
        results.append(12 // n)
    except ZeroDivisionError:
        results.append("div0")
    except ValueError as e:
        results.append("bad: " + str(e))
    except TypeError as e:
        results.append(type(e).__name__)
    else:
        results[-1] = results[-1] * 10
    finally:
        results.append("|")
print(results)
