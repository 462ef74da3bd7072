import os
table = os.environ["CONFORMANCE_TABLE_NAME_NOT_SET"]
