counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def define_new():
    global created
    created = "made inside"
define_new()
print(created)
