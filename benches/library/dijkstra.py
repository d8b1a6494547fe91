"""dijkstra: shortest paths on a generated graph with heapq, tuples as
priority-queue entries.
Usage: dijkstra.py [nodes]   (default 60000)
"""
import heapq
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    adj = [[((i * 7 + k * 13 + 1) % n, (i + k) % 17 + 1) for k in range(4)] for i in range(n)]
    dist = [1 << 60] * n
    dist[0] = 0
    pq = [(0, 0)]
    pops = 0
    while pq:
        d, u = heapq.heappop(pq)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    reach = [x for x in dist if x < 1 << 60]
    print("reached=%d pops=%d sum=%d max=%d" % (len(reach), pops, sum(reach) % 1000003, max(reach)))


main()
