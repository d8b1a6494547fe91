# Bare raise, raise e, re-raising after partial handling, raising from helpers.


def fail():
    raise ValueError("original")


def handle_and_reraise():
    try:
        fail()
    except ValueError as e:
        print("logging", e)
        raise


def reraise_named():
    try:
        fail()
    except ValueError as e:
        raise e


def convert():
    try:
        fail()
    except ValueError as e:
        raise RuntimeError("converted: " + str(e))


def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return -1


for fn in [handle_and_reraise, reraise_named, convert]:
    try:
        fn()
    except Exception as e:
        print("handler", type(e).__name__, e)
print(conditional(5))
try:
    conditional(0)
except ZeroDivisionError as e:
    print("re-raised", e)
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("try again %d" % attempts)
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
except KeyError as e:
    print("bare raise after nested handler re-raises", repr(e))
err = None
try:
    int("bad")
except ValueError as e:
    err = e
print(type(err).__name__, err)
try:
    raise err
except ValueError as e:
    print("raised stored exception again:", e)
