def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ""
        if i % 3 == 0:
            s += "Fizz"
        if i % 5 == 0:
            s += "Buzz"
        out.append(s or str(i))
    return out

fb = fizzbuzz(15)
assert fb[-1] == "FizzBuzz" and fb[2] == "Fizz"
print(", ".join(fb))
{k: fb.count(k) for k in ("Fizz", "Buzz", "FizzBuzz")}
