# f-strings: expressions, alignment, fill, precision and thousands separators.
name = "Ada"
n = 1234567.891
k = 42
print(f"{name}", f"[{name:>6}]", f"[{name:<6}]", f"[{name:^6}]", f"[{name:^7}]", f"[{name:.1}]", f"[{name:2}]")
print(f"[{k:>5}] [{k:<5}] [{k:^5}] [{k:05}] [{k:+}] [{-k:5}] [{-k:<5}] [{-k:05}] [{k:=+6}]")
print(f"[{n:.3f}] [{n:,}] [{n:,.2f}] [{n:15,.1f}] [{n:<15.1f}] [{n:015.2f}] [{-n:,.0f}]")
print(f"[{k:,}] [{10 ** 9:,}] [{-999:,}] [{999:,}] [{1000:,}] [{0.5:,}] [{2 ** 64:,}]")
print(f"[{3.0:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{-2.5:.0f}] [{0.125:.2f}] [{0.375:.2f}] [{1e-10:.3f}]")
print(f"[{k:#>6}] [{k:0<6}] [{name:->7}] [{name:.<7}] [{1.5:*^9.2f}] [{True:^6}]")
print(f"{k + 1} {k * 2:>4} {name.lower()} {len(name)} {[1, 2][1]} {{}} {{{k}}}")
print(f"{'nested quotes'}", f"{k}{k}", f"{k}%", f"{None}", f"{[name, k]}", f"{(1,)}")
print(f"{1e16:.2f}", f"{1/3:.20f}", f"{float('inf'):.2f}", f"{-0.0:.2f}", f"{5:.2f}")
w = 8
print(f"[{'x':>8}]", f"[{str(k):>8}]", f"[{repr(name):>8}]", f"[{str(None):^8}]")
rows = [("alpha", 1.5, 10), ("b", 22.25, 2000), ("gamma", 333.125, 30000)]
for label, val, cnt in rows:
    print(f"|{label:<8}|{val:>9.2f}|{cnt:>8,}|")
for spec_test in ["abc"]:
    try:
        print(f"{spec_test:>5d}")
    except ValueError as e:
        print("ValueError", e)
try:
    print(f"{k:.2s}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{name:,}")
except ValueError as e:
    print("ValueError", e)
