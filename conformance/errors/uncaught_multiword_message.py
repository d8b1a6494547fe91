# An uncaught exception whose message has several words and punctuation.


def check_balance(balance, amount):
    if amount > balance:
        raise RuntimeError("insufficient funds: balance %d is less than %d (short by %d)" % (balance, amount, amount - balance))
    return balance - amount


b = 100
for amt in [30, 50, 40]:
    b = check_balance(b, amt)
    print("balance now", b)
