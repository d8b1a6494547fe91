import random
random.seed(7)
out = []
for v in [150.0, 250.0, -150.0, -4.0, 4.0, 149.999, 1e308, -1.7e308, 1.5e308, 5e-324, 0.0, -0.0, 12345.6789, 2.5e15, 9.5e22]:
    for n in (-1, -2, -3, -308, -309, -400):
        try:
            out.append(repr(round(v, n)))
        except Exception as e:
            out.append(type(e).__name__ + " " + str(e))
for _ in range(60):
    v = random.uniform(-1, 1) * 10 ** random.randint(0, 40)
    out.append(repr(round(v, -random.randint(1, 30))))
print("\n".join(out))
