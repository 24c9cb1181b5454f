"""A small bank simulation with a custom exception hierarchy."""
from dataclasses import dataclass, field
import functools


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account!r} cannot cover {amount:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  [{func.__name__}] args={args[1:]} kwargs={kwargs} -> {result!r}")
        return result
    return wrapper


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    frozen: bool = False
    history: list = field(default_factory=list)

    @logged
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        self.history.append(("dep", amount))
        return self.balance

    @logged
    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self.balance


accounts = {name: Account(name) for name in ["alice", "bob", "carol"]}
accounts["alice"].deposit(100)
accounts["bob"].deposit(amount=50.5)
accounts["carol"].frozen = True

ops = [("alice", "withdraw", 30), ("bob", "withdraw", 100), ("carol", "withdraw", 1),
       ("dave", "deposit", 5), ("alice", "deposit", -3)]
for who, op, amt in ops:
    try:
        acct = accounts[who]
        getattr(acct, op)(amt)
    except InsufficientFunds as e:
        print("insufficient:", e, "|", e.account, e.amount)
    except BankError as e:
        print("bank error:", type(e).__name__, repr(e), str(e))
    except KeyError as e:
        print("no such account:", e, repr(e))
    except ValueError as e:
        print("value error:", e.args)
    else:
        print("ok", who, op)
    finally:
        print("done", who)

for acct in sorted(accounts.values(), key=lambda a: (-a.balance, a.owner)):
    print(acct)
print(Account.deposit.__name__, Account.withdraw.__wrapped__.__name__)
print(f"{'owner':<8}|{'balance':>10}|")
for a in accounts.values():
    print(f"{a.owner:<8}|{a.balance:>10.2f}|{len(a.history):^5}|")
total = sum(a.balance for a in accounts.values())
print("total = {:,.3f}".format(total), "%-6s=%8.2e" % ("sci", total))
print(Account("x") == Account("x"), Account("x", 1.0) == Account("x"))
