import heapq

h = []
for x in [5, 1, 4]:
    heapq.heappush(h, x)
print(heapq.heappop(h))
