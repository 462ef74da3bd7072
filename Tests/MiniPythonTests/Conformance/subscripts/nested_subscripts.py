event = {"Records": [{"s3": {"bucket": {"name": "photos"}, "object": {"key": "a.jpg"}}}]}
record = event["Records"][0]
print(record["s3"]["bucket"]["name"], record["s3"]["object"]["key"])
grid = [[1, 2, 3], [4, 5, 6]]
grid[1][2] = 60
print(grid, grid[-1][-1], grid[0][1:])
