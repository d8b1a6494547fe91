# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys

print("about to exit")
for arg in sys.argv[1:]:
    print("unexpected argument", arg)
sys.exit("fatal: something went wrong")
print("not reached")
