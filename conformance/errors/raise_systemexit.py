# raise SystemExit(4) directly; `except Exception` does not catch SystemExit.
print("step 1")
try:
    raise SystemExit(4)
except Exception:
    print("not caught by except Exception")
finally:
    print("finally runs")
print("not reached")
