// IAM: policy documents, their evaluation for one account, and explanations of each decision.
// Pure: no I/O, no clock, no randomness.
