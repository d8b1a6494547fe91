# Unbounded recursion ends with RecursionError (exit status 1).


def down(n):
    return down(n + 1) + 1


print("recursing")
down(0)
