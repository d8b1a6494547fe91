# f-string format specs: fill/align/sign/width/grouping/precision/type, nested fields.

n = 1234567
f = 3.14159265
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:012}] [{-n:012}] [{n:=+12}]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{-n:,}] [{n:15,}] [{f:,.3f}]")
print(f"[{n:x}] [{n:X}] [{n:#x}] [{n:#o}] [{n:#b}] [{n:b}] [{255:#010x}]")
print(f"[{f:.2f}] [{f:10.3f}] [{f:<10.1f}] [{f:+.0f}] [{-f: .2f}] [{f: .2f}]")
print(f"[{f:e}] [{f:.2E}] [{f:g}] [{1e-7:g}] [{1e16:g}] [{123456789.0:.3g}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{1/3:.10}] [{2.5:.0f}] [{3.5:.0f}] [{1e300 * 1e10:f}]")
print(f"[{'abc':*^9}] [{'abc':->6}] [{'abc':.2}] [{'abc':<5.1}|] [{'':x>3}]")
print(f"[{True:d}] [{True}] [{False:>6}] [{None!s:>6}] [{97:c}] [{65:c}]")
width, prec = 10, 3
print(f"[{f:{width}.{prec}f}] [{f:>{width}}] [{'s':{'^'}{width}}] [{n:{','}}]")
for w in range(3, 7):
    print(f"|{'x' * (w - 2):>{w}}|{w:0{w}d}|")
fill = "#"
print(f"[{42:{fill}>{width}}] [{42:{fill}<{width - 4}}]")
print(f"[{-0.0:.1f}] [{float('nan'):8}] [{float('-inf'):<8}|] [{float('inf'):+}]")
print(f"[{2 ** 64:,}] [{-2 ** 64:x}] [{10 ** 20:e}] [{12:08.3f}]")
for spec in ["d", "s", ".2f"]:
    for val in [5, "five", 5.5]:
        try:
            print(spec, repr(val), f"{val:{spec}}")
        except ValueError as e:
            print(spec, repr(val), type(e).__name__, e)
try:
    print(f"{n:,d}{'x':=5}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1.5:x}")
except ValueError as e:
    print(type(e).__name__, e)
