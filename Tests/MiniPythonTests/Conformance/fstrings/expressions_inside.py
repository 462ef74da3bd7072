import math
data = [3, 1, 2]
user = {"name": "ann", "roles": ["admin", "dev"]}
print(f"{sorted(data)} {sum(data) / len(data):.2f} {math.pi:.3f}")
print(f"{user['name'].title()} has {len(user['roles'])} roles: {', '.join(user['roles'])}")
print(f"{'even' if len(data) % 2 == 0 else 'odd'} {[x * 2 for x in data]} {data[-1]}")
print(f"{(lambda: 'lambda')()} {user.get('missing', 'default')} {not data}")
