x = 10
print(eval("x + 1"), eval("[i * 2 for i in range(3)]"))
exec("y = x * 3\nprint('in exec', y)")
print(y)
def f(a):
    b = a + 1
    print(sorted(locals().items()), eval("a + b"))
    exec("c = 5")
    return "g" in globals(), "b" in globals()
print(f(1))
ns = {"k": 2}
exec("z = k ** 10", ns)
print(ns["z"], sorted(k for k in ns if k != "__builtins__"))
print(eval("k + 1", {"k": 41}))
class P:
    q = 1
    def m(self): pass
print([n for n in dir(P()) if not n.startswith("__")], vars(P)["q"], "x" in dir())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
def g(): pass
print(sorted(globals().keys())[:3])
