def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise RuntimeError("insufficient funds: balance %d, requested %d" % (balance, amount))
    return balance - amount
print(withdraw(100, 30))
for amt in (-5, 500):
    try:
        withdraw(100, amt)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, "-", e)
withdraw(10, 11)
