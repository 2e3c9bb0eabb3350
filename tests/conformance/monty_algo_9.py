# === bank account simulation with dicts ===
accounts = {}
def open_account(name, balance=0):
    if name in accounts:
        raise ValueError(f'account {name!r} exists')
    accounts[name] = {'balance': balance, 'history': []}
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError('amount must be positive')
    if accounts[src]['balance'] < amount:
        raise RuntimeError(f'insufficient funds in {src}: {accounts[src]["balance"]} < {amount}')
    accounts[src]['balance'] -= amount
    accounts[dst]['balance'] += amount
    accounts[src]['history'].append(-amount)
    accounts[dst]['history'].append(amount)
open_account('alice', 100)
open_account('bob')
transfer('alice', 'bob', 30)
assert accounts['alice']['balance'] == 70 and accounts['bob']['balance'] == 30, accounts
try:
    open_account('bob')
except ValueError as e:
    assert str(e) == "account 'bob' exists", str(e)
try:
    transfer('bob', 'alice', -5)
except ValueError as e:
    assert 'positive' in str(e), str(e)
transfer('bob', 'alice', 31)
