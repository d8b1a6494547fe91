with open("_morel_files_test.txt", "w") as f:
    n = f.write("line one\nline two\n")
    f.writelines(["a\n", "b\n"])
print(n, f.closed)
with open("_morel_files_test.txt") as f:
    print(repr(f.readline()), f.read(4), repr(f.read()))
for line in open("_morel_files_test.txt"):
    print(line.rstrip())
with open("_morel_files_test.txt", "a") as f:
    f.write("more\n")
print(open("_morel_files_test.txt").readlines())
try:
    open("/tmp/does/not/exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
name = "Ada"
print("hi", name)
import sys
