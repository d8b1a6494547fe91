# sys.exit with an integer status: stdout so far is kept, finally blocks run.
import sys


def main():
    total = 0
    for i in range(5):
        total += i
    print("total", total)
    try:
        sys.exit(3)
    finally:
        print("finally runs during sys.exit")
    print("not reached")


main()
print("not reached either")
