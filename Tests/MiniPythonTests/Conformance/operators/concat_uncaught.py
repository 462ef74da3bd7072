name = "order-"
count = 3
label = name + count
print(label)
