def find(items, key):
    for item in items:
        if item["id"] == key:
            return item
result = find([{"id": 1}], 2)
print(result.get("id"))
