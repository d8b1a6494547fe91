# queue: producer/consumer with task_done/join, bounded queues with Full and
# Empty, timeouts, *_nowait, LifoQueue, PriorityQueue and SimpleQueue.
import queue
import threading

q = queue.Queue()
results = []
rlock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with rlock:
            results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=consumer) for k in range(4)]
for t in workers:
    t.start()
for i in range(40):
    q.put(i)
q.join()
print("joined", len(results), sum(results) == sum(i * i for i in range(40)))
print("unfinished", q.unfinished_tasks, q.qsize(), q.empty())
for t in workers:
    q.put(None)
for t in workers:
    t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

# bounded queue: producers block until consumers make room
bq = queue.Queue(maxsize=2)
print("maxsize", bq.maxsize, bq.full(), bq.empty())
bq.put_nowait("a")
bq.put("b", block=False)
print("full", bq.full(), bq.qsize())
try:
    bq.put_nowait("c")
except queue.Full as e:
    print("Full", type(e).__name__, repr(str(e)))
try:
    bq.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bq.put("c", timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(bq.get(), bq.get_nowait(), bq.unfinished_tasks)
bq.task_done()
bq.task_done()
try:
    bq.get_nowait()
except queue.Empty as e:
    print("Empty", repr(str(e)))
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bq.get(block=True, timeout=-0.5)
except ValueError as e:
    print("ValueError", e)

got = []


def slow_consumer():
    for i in range(30):
        got.append(bq.get())
        bq.task_done()


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(30):
    bq.put(i)
bq.join()
t.join()
print("bounded fifo order", got == list(range(30)))

# a producer blocked on a full queue is woken by a get
bq.put(1)
bq.put(2)
flag = []


def blocked_put():
    bq.put(3, timeout=5)
    flag.append("put done")


t = threading.Thread(target=blocked_put)
t.start()
print("got", bq.get(timeout=5))
t.join()
print(flag, bq.get(), bq.get())

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x % 3, x))
print("lifo", [lq.get() for i in range(5)])
print("priority", [pq.get_nowait() for i in range(5)])
lq2 = queue.LifoQueue(maxsize=1)
lq2.put("x")
try:
    lq2.put("y", block=False)
except queue.Full:
    print("lifo Full")

sq = queue.SimpleQueue()
print("simple empty", sq.empty(), sq.qsize())
try:
    sq.get_nowait()
except queue.Empty:
    print("simple Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple Empty after timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
sq.put("only")
print("simple get_nowait", sq.get(False), sq.empty())
sums = []


def sq_consumer():
    total = 0
    while True:
        v = sq.get()
        if v is None:
            break
        total += v
    sums.append(total)


ts = [threading.Thread(target=sq_consumer) for k in range(3)]
for t in ts:
    t.start()
for i in range(60):
    sq.put(i)
for t in ts:
    sq.put_nowait(None)
for t in ts:
    t.join()
print("simple total", sum(sums), len(sums), sq.qsize())
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
