# globals() is live: writes, deletions and reads through it reach the
# module; exec/eval with globals() run in the module itself.
x = 1
g = globals()
g['y'] = 5
print(y)
g['x'] += 1
print(x, g is globals(), 'x' in g)
del g['y']
try:
    print(y)
except NameError as e:
    print("NameError", e)
def f():
    globals()['z'] = 42
    return z
print(f(), z)
exec("w = 7\ndef h(): return w * 2", globals())
print(w, h())
for name in ['a1', 'a2']:
    globals()[name] = len(name)
print(a1, a2)
x = 10
print(g['x'], globals()['x'])
print(sorted(k for k in globals() if not k.startswith('__')))
locals()['q'] = 3
print(q)
print(eval("x + 1", globals()))
