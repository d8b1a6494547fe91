# sys.modules: the dict of loaded modules; import consults it, so entries
# added or deleted by the program change what import does
import sys

print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules[__name__].__name__, __name__ in sys.modules, "builtins" in sys.modules)
print("textwrap" in sys.modules)
import textwrap

print("textwrap" in sys.modules, sys.modules["textwrap"] is textwrap)
textwrap.marker = "first load"
import textwrap as again

print(again is textwrap, again.marker)
del sys.modules["textwrap"]
import textwrap as fresh

print(fresh is textwrap, hasattr(fresh, "marker"), sys.modules["textwrap"] is fresh)


class Fake:
    answer = 42

    @staticmethod
    def hello():
        return "hello from a fake module"


sys.modules["fake_module"] = Fake
import fake_module
from fake_module import answer, hello

print(fake_module is Fake, answer, hello())
print(sys.modules.get("no_such_module"), "json.decoder" in sys.modules)
import json

print("json" in sys.modules, "json.decoder" in sys.modules, sys.modules["json"] is json)
names = [n for n in sys.modules if n in ("sys", "json", "textwrap", "fake_module")]
print(sorted(names))
sys.modules.pop("fake_module")
try:
    import fake_module as gone
except ImportError as e:
    print(type(e).__name__, e)
me = sys.modules[__name__]
me.added_later = "via sys.modules"
print(added_later)
