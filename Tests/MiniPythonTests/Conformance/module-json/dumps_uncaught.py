import json
from decimal import Decimal
print(json.dumps({"price": Decimal("1.50")}))
