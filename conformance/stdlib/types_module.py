# types: the names of the builtin types, SimpleNamespace, new_class
import sys
import types


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


checks = [
    (types.FunctionType, f), (types.LambdaType, lambda: 0), (types.GeneratorType, gen()),
    (types.MethodType, C().m), (types.BuiltinFunctionType, len), (types.BuiltinMethodType, [].append),
    (types.ModuleType, sys), (types.NoneType, None), (types.EllipsisType, ...),
    (types.NotImplementedType, NotImplemented), (types.GenericAlias, list[int]), (types.UnionType, int | str),
]
for t, v in checks:
    print(t.__name__, isinstance(v, t), type(v) is t)
print(isinstance(f, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b="two", c=[3]))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2))
Made = types.new_class("Made", (C,), exec_body=lambda ns: ns.update({"k": 5}))
print(Made.__name__, Made.k, issubclass(Made, C), Made.__bases__)
