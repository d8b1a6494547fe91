# a bare object() has no __dict__ and takes no attributes; subclasses do
class C:
    pass


print(C().__dict__, hasattr(object(), "__dict__"), hasattr(C(), "__dict__"))
try:
    vars(object())
except TypeError as e:
    print("TypeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
sentinel = object()
c = C()
c.x = sentinel
print(c.x is sentinel, vars(c) == {"x": sentinel})
