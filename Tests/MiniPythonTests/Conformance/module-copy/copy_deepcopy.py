import copy
original = {"a": [1, 2], "b": {"c": 3}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["a"].append(99)
original["b"]["c"] = 0
print(shallow, deep)
print(shallow["a"] is original["a"], deep["a"] is original["a"], shallow is original)
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
n = Node(1, [Node(2)])
m = copy.deepcopy(n)
m.children[0].v = 20
print(n.children[0].v, m.children[0].v, copy.copy(n).children is n.children)
l = [1, [2]]
l.append(l)
dl = copy.deepcopy(l)
print(dl[2] is dl, dl[1] is l[1])
