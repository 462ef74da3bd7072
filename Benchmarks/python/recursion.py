# Models a compute-bound handler that recurses: a pricing/scoring function that walks
# a decision tree, plain and memoized Fibonacci, building and checking binary trees
# (like a handler assembling a nested config or category tree), and a backtracking
# search (n-queens, as a scheduler placing jobs without conflicts).
# Deterministic: no time, no random; prints one checksum line at the end.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo):
    if n in memo:
        return memo[n]
    if n < 2:
        value = n
    else:
        value = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = value
    return value


class Node:
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build_tree(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(build_tree(depth - 1, 2 * value), build_tree(depth - 1, 2 * value + 1), value)


def check_tree(node):
    if node.left is None:
        return 1
    return 1 + check_tree(node.left) + check_tree(node.right)


def sum_tree(node):
    if node is None:
        return 0
    return node.value + sum_tree(node.left) + sum_tree(node.right)


def build_nested(depth, breadth):
    # A nested dict/list structure, as a handler building a category tree.
    if depth == 0:
        return {"leaf": True, "weight": breadth}
    return {"leaf": False, "children": [build_nested(depth - 1, i + 1) for i in range(breadth)]}


def count_leaves(tree):
    if tree["leaf"]:
        return tree["weight"]
    total = 0
    for child in tree["children"]:
        total += count_leaves(child)
    return total


def queens(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if cols[col] or diag1[row + col] or diag2[row - col + n - 1]:
            continue
        cols[col] = diag1[row + col] = diag2[row - col + n - 1] = True
        count += queens(n, row + 1, cols, diag1, diag2)
        cols[col] = diag1[row + col] = diag2[row - col + n - 1] = False
    return count


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def main():
    checksum = 0
    plain = fib(FIB_N)
    checksum += plain
    memo_total = 0
    for round_ in range(1500):
        memo = {}
        memo_total += fib_memo(300 + round_ % 7, memo) % 1000003
    checksum += memo_total
    nodes = 0
    values = 0
    for depth in range(4, TREE_DEPTH + 1):
        tree = build_tree(depth, 1)
        nodes += check_tree(tree)
        values += sum_tree(tree)
    checksum += nodes + values
    leaves = count_leaves(build_nested(6, 7))
    checksum += leaves
    n = QUEENS_N
    solutions = queens(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))
    checksum += solutions
    ack = ackermann(2, 150)
    checksum += ack
    print(f"fib({FIB_N})={plain} memo={memo_total} nodes={nodes} values={values}")
    print(f"leaves={leaves} queens({n})={solutions} ackermann(2,150)={ack}")
    print(f"checksum {checksum}")


FIB_N = 29
TREE_DEPTH = 15
QUEENS_N = 9
main()
