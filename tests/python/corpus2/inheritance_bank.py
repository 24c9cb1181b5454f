class InsufficientFundsError(Exception):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount
        super().__init__(f"Cannot withdraw ${amount:.2f}; balance is ${balance:.2f}")


class Account:
    interest_rate = 0.0
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
        self.number = f"AC{Account._count:04d}"

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(self._balance, amount)
        self._balance -= amount
        return self

    def add_interest(self):
        self._balance += self._balance * self.interest_rate

    def __str__(self):
        return f"{self.__class__.__name__}({self.number}, {self.owner}, ${self._balance:,.2f})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if amount > 500:
            raise ValueError(f"Savings withdrawals are limited to $500 (requested ${amount})")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFundsError(self._balance + self.overdraft, amount)
        self._balance -= amount
        return self


accounts = [Savings("Ann", 1000), Checking("Bob", 50), Account("Cy")]
for acc in accounts:
    print(acc)
ops = [(0, "withdraw", 600), (0, "withdraw", 200), (1, "withdraw", 120), (1, "withdraw", 100),
       (2, "deposit", -5), (2, "deposit", 75.5), (2, "withdraw", 100)]
for idx, op, amt in ops:
    acc = accounts[idx]
    try:
        getattr(acc, op)(amt)
        print(f"{op:>8} {amt:>7} ok   -> {acc.balance:>9.2f}")
    except InsufficientFundsError as e:
        print(f"{op:>8} {amt:>7} FAIL -> {e} (short by {e.amount - e.balance:.2f})")
    except ValueError as e:
        print(f"{op:>8} {amt:>7} FAIL -> {e!s}")
for acc in accounts:
    acc.add_interest()
print(*accounts, sep="\n")
print(Account._count, len(set(accounts)), accounts[0] == accounts[0], accounts[0] == "AC0001")
print(isinstance(accounts[0], Account), type(accounts[1]).__name__, Savings.__base__.__name__)
print([type(a).interest_rate for a in accounts], Checking.mro()[1] is Account)
try:
    accounts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(accounts[1].deposit(10).deposit(20).balance)
total = sum(a.balance for a in accounts)
print(f"Total: ${total:,.2f}", round(total, 1), int(total), f"{total:e}")
