stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
print(queue.pop(0), queue)
queue.insert(0, "z")
print(queue, queue.index("c"))
