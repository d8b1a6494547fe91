z = 1 + 2j
print(z, 2j, -1j, 0j, complex(1, 0), complex(), complex("1+2j"), complex("3j"), complex(" (-1.5-4j) "), complex(2, 3.5))
print(z + 1, z * z, z / (1 - 1j), z ** 2, (1j) ** 2, abs(3 + 4j), z.real, z.imag, z.conjugate(), -z)
print(z == 1 + 2j, z != 2, complex(1, 0) == 1, bool(0j), bool(1j), hash(complex(2, 0)) == hash(2.0), 1.5 + 0.5j, (1e20 + 1j), complex(1, -0.0))
try:
    z < 1
except TypeError as e:
    print("TypeError", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(type(z).__name__, isinstance(z, complex), [x * 1j for x in range(3)])
