import os

# a name of this process's own: the suite runs programs in parallel
TMP = "_morel_files_test_%d.txt" % os.getpid()
with open(TMP, "w") as f:
    n = f.write("line one\nline two\n")
    f.writelines(["a\n", "b\n"])
print(n, f.closed)
with open(TMP) as f:
    print(repr(f.readline()), f.read(4), repr(f.read()))
for line in open(TMP):
    print(line.rstrip())
with open(TMP, "a") as f:
    f.write("more\n")
print(open(TMP).readlines())
try:
    open("/tmp/does/not/exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
name = "Ada"
print("hi", name)
import sys
os.remove(TMP)
