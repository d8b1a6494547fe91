# Parameters and locals are per call; rebinding vs mutating arguments.


def rebind(x):
    x = x + [99]
    return x


def mutate(x):
    x.append(99)
    return x


def rebind_int(n):
    n += 1
    return n


def rebind_str(s):
    s += "!"
    return s


lst = [1]
print(rebind(lst), lst)
print(mutate(lst), lst)
n = 5
print(rebind_int(n), n)
s = "hi"
print(rebind_str(s), s)
value = "global"


def reads_global():
    return value


def shadows_global():
    value = "local"
    return value


print(reads_global(), shadows_global(), value)


def counter_call(k):
    local_list = []
    for i in range(k):
        local_list.append(i)
    return local_list


print(counter_call(2), counter_call(3), counter_call(0))


def param_default_shadow(len=3):
    return len * 2


print(param_default_shadow(), param_default_shadow(5), len("abc"))


def uses_builtin_after_shadow():
    total = 0
    for i in range(3):
        total += i
    sum = total
    return sum


print(uses_builtin_after_shadow(), sum([1, 2]))


def swap_in_list(pair):
    pair[0], pair[1] = pair[1], pair[0]


p = ["a", "b"]
swap_in_list(p)
print(p)


def fact(n):
    result = 1
    while n > 1:
        result *= n
        n -= 1
    return result


m = 6
print(fact(m), m)
