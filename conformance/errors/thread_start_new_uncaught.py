# An exception escaping a function run by _thread.start_new_thread is
# reported on stderr ("Exception ignored in thread started by: ..." and a
# traceback) and only ends that thread; the exit status stays 0.
import _thread
import time

started = _thread.allocate_lock()
started.acquire()


def fail(n):
    started.release()
    raise ValueError("boom %d" % n)


def ok(box):
    box.append("ran")
    started.release()


box = []
_thread.start_new_thread(ok, (box,))
started.acquire()
_thread.start_new_thread(fail, (7,))
started.acquire()
# both threads have started (and are counted); _count() drops to 0 only once
# they have finished, the report of the exception included
while _thread._count() > 0:
    time.sleep(0.001)
print("main continues", box, _thread._count())
