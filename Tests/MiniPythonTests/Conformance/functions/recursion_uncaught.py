def walk(node):
    return walk(node)
walk(1)
