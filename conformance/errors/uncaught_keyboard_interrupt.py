# an uncaught KeyboardInterrupt exits with status 130 after its traceback
def work():
    print("working")
    raise KeyboardInterrupt


try:
    work()
finally:
    print("cleanup")
