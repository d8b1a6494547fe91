# gc and the time functions that benchmarks use around their timed parts
import gc
import time

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
# the program keeps working with the collector "disabled"
junk = [[i] * 10 for i in range(2000)]
del junk
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
print(type(gc.get_count()).__name__, len(gc.get_count()), len(gc.get_threshold()))
gc.set_threshold(1000, 20, 20)
gc.freeze()
gc.unfreeze()

t0 = time.process_time()
s = 0
for i in range(20000):
    s += i
t1 = time.process_time()
print(s, t1 >= t0, type(t1).__name__)
n0 = time.time_ns()
n1 = time.monotonic_ns()
print(type(n0).__name__, n0 > 1_600_000_000 * 10**9, type(n1).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
print(type(time.thread_time()).__name__)
