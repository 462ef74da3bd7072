area = 5 × 2
