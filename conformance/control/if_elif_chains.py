# if/elif/else chains: first true branch wins, nested conditions, None checks.


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


def grade(score):
    if score is None:
        return "absent"
    if not isinstance(score, int):
        return "invalid"
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter != "F":
        if score % 10 >= 7:
            letter += "+"
        elif score % 10 < 3:
            letter += "-"
    return letter


print([classify(n) for n in [-5, 0, 3, 42, 1000, -0.0, 9.99]])
print(" ".join([fizzbuzz(i) for i in range(1, 16)]))
print([grade(s) for s in [95, 91, 88, 80, 77, 70, 50, None, "x", 99, 100]])
x = 5
if x:
    if x > 3:
        print("big")
    else:
        print("small")
elif x is None:
    print("none")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
elif "":
    print("empty str is true?")
else:
    print("all empty containers are false")
y = 0
if y == 0:
    pass
else:
    print("unreached")
print("done")
