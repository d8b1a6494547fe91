import heapq

data = [5, 1, 4, 8, 2]
for k in [1, 2, 3]:
    print(heapq.nsmallest(k, data))
