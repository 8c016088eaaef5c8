from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_EVEN
from enum import Enum
from datetime import date
from typing import List
import json

class Kind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"

@dataclass
class Txn:
    when: date
    kind: Kind
    amount: Decimal

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

@dataclass
class Account:
    owner: str
    txns: List[Txn] = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        total = Decimal("0")
        for t in self.txns:
            total += t.amount if t.kind is Kind.DEPOSIT else -t.amount
        return total

    def deposit(self, when, amount):
        self.txns.append(Txn(when, Kind.DEPOSIT, Decimal(amount)))

    def withdraw(self, when, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.txns.append(Txn(when, Kind.WITHDRAW, amount))

    def apply_interest(self, when, rate):
        interest = (self.balance * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.deposit(when, interest)
        return interest

acct = Account("Dana")
acct.deposit(date(2024, 1, 1), "1000.00")
acct.withdraw(date(2024, 1, 5), "250.55")
print(acct.apply_interest(date(2024, 1, 31), "0.0125"))
try:
    acct.withdraw(date(2024, 2, 1), "5000")
except InsufficientFunds as e:
    print("error:", e, e.needed)
print(acct.balance)
for t in acct.txns:
    print(f"{t.when:%d %b %Y}  {t.kind.value:<9} {t.amount:>10,.2f}")
print(json.dumps([{"when": t.when.isoformat(), "kind": t.kind.value, "amount": str(t.amount)} for t in acct.txns], indent=2))
print(acct)
