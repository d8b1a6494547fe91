import os
import os.path
from os.path import join, splitext
print(join("a", "b", "c.txt"), join("/x", "y/"), join("a", "/abs"), splitext("dir/file.tar.gz"), splitext(".bashrc"), splitext("noext"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.split("a/b"), os.path.split("/top"), os.path.normpath("a/./b/../c//d"))
print(os.path.isabs("/x"), os.path.exists("/definitely/not/here"), os.path.isdir("/"), os.sep, os.name, isinstance(os.environ["PATH"], str), "PATH" in os.environ)
print(os.getenv("DEFINITELY_UNSET_VAR_123", "dflt"), os.path.abspath("/a/b/../c"))
