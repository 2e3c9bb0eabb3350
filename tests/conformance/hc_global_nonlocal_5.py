def make_bank():
    balance = 0
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("d", x))
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient")
        balance -= x
        history.append(("w", x))
    def report():
        return balance, history
    return deposit, withdraw, report
dep, wd, rep = make_bank()
dep(100); wd(30)
try:
    wd(500)
except ValueError as e:
    print(e)
rep()
