def bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
    def withdraw(n):
        nonlocal balance
        if n > balance:
            history.append(("fail", n))
            return False
        balance -= n
        history.append(("wd", n))
        return True
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = bank()
dep(100)
print(wd(30), wd(100))
print(rep())
