class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f} (balance {account.balance:.2f})")
class Account:
    def __init__(self, number, owner, balance=0.0):
        self.number, self.owner, self.balance = number, owner, balance
        self.log = []
    def deposit(self, amount, memo="deposit"):
        self.balance += amount
        self.log.append((memo, amount))
    def withdraw(self, amount, memo="withdraw"):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append((memo, -amount))
    def __repr__(self):
        return f"<{self.number} {self.owner}: {self.balance:,.2f}>"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.next_number = 1000
    def open(self, owner, initial=0.0):
        acct = Account(self.next_number, owner)
        self.next_number += 1
        if initial:
            acct.deposit(initial, "opening")
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount, f"to {dst}")
        b.deposit(amount, f"from {src}")
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open("alice", 500)
bob = bank.open("bob", 50.5)
carol = bank.open("carol")
bank.transfer(alice.number, bob.number, 120.25)
bank.transfer(bob.number, carol.number, 70)
try:
    bank.transfer(carol.number, alice.number, 1000)
except InsufficientFunds as e:
    print("failed:", e)
try:
    bank.transfer(9999, alice.number, 1)
except KeyError as e:
    print("no such account:", e)
for acct in bank.accounts.values():
    print(acct, acct.log)
print(f"total {bank.total():.2f}")
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner)
