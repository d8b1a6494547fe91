# invalid except specs (checked before matching) and half context managers
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError", e)


def nested_tuple():
    try:
        1 / 0
    except (ValueError, (ZeroDivisionError,)):
        return "caught"


def bad_item_after_match():
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        return "caught"


def good_tuple():
    try:
        {}["k"]
    except (ValueError, LookupError) as e:
        return repr(e)


def not_a_class():
    try:
        raise KeyError(1)
    except "KeyError":
        return "caught"


class OnlyEnter:
    def __enter__(self):
        return 1


class OnlyExit:
    def __exit__(self, *a):
        return False


def with_only_enter():
    with OnlyEnter():
        return "body"


def with_only_exit():
    with OnlyExit():
        return "body"


def with_int():
    with 5:
        return "body"


for name, fn in [("nested", nested_tuple), ("bad item", bad_item_after_match), ("good", good_tuple),
                 ("str", not_a_class), ("enter", with_only_enter), ("exit", with_only_exit), ("int", with_int)]:
    attempt(name, fn)
