# An exception raised by __exit__ replaces the one from the with body.


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError("cleanup of " + self.name + " failed")
        return False


with Guard("first"):
    print("body ok")
with Guard("second"):
    print("about to fail")
    [1, 2, 3].index(99)
print("never")
