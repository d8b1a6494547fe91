# for/while with else, break/continue interplay, nested loops, pass.

for i in []:
    print("never")
else:
    print("empty for: else runs")

n = 0
while n < 0:
    n += 1
else:
    print("while false at start: else runs", n)

for i in range(5):
    if i == 3:
        break
else:
    print("not printed")
print("broke at", i)

for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("continue does not skip else; i =", i)

found = []
for a in range(2, 20):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        found.append(a)
print("primes", found)

i = 0
while True:
    i += 1
    if i < 3:
        continue
    if i > 5:
        break
    print("while i", i)
else:
    print("unreachable")

k = 10
while k:
    k -= 3
    if k < 0:
        print("negative", k)
        break
else:
    print("reached zero")

k = 9
while k:
    k -= 3
else:
    print("reached zero", k)
