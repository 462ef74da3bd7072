import WorkbookTestSupport

/// The fixture files of the Workbook tests: a small well-formed course, a broken one, and the JUnit
/// schema. They live in Swift so the test target needs no resources; ``LessonFixtures/root``
/// writes them to a temporary folder once per test run. Line numbers inside each file are what the
/// tests expect, so edit with care.
let fixtureFiles: [(path: String, contents: String)] = [
    ("broken/a-first.md", #"""
---
id: a-first
title: First
summary: Has problems the linter finds.
minutes: 5
prerequisites: [c-missing, b-second]
---

## Only step

### Exercise: No hint {#no-hint}

Do something.

```{solution-run}
invoke f {}
```

```python {check}
assert True, "never fails"
```

### Exercise: Nothing at all {#bare}

Only prose.
"""#),
    ("broken/b-second.md", #"""
---
id: b-second
title: Second
summary: Part of a prerequisite cycle.
minutes: 5
prerequisites: [a-first]
---

## Step

Text.
"""#),
    ("broken/c-duplicate.md", #"""
---
id: b-second
title: Duplicate
summary: Reuses the id of b-second.
minutes: 5
---

## Step

Text.
"""#),
    ("course/01-hello.md", #"""
---
id: 01-hello
title: Hello, Lambda
summary: Write a handler, deploy it, and invoke it.
minutes: 10
prerequisites: []
---

# Hello, Lambda

A Lambda function is a **handler** that receives an *event*.

## Meet the handler {#meet}

Lambda calls your handler with two arguments: `event` and `context`.

```python {file} lambda_function.py
def lambda_handler(event, context):
    return {"statusCode": 200}
```

```{run}
aws lambda create-function --function-name hello \
    --runtime python3.12 --handler lambda_function.lambda_handler \
    --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://lambda_function.py
```

Now invoke it yourself:

```{try}
invoke hello {}
```

```{notes}
Point at the REPORT line: this first invoke was a cold start.
```

## Return a greeting

The return value becomes the response.

```python
# a plain code sample, not a block the engine runs
print("hi")
```

### Exercise: Greet by name {#greet}

Make the handler return `{"message": "hello, NAME"}` where NAME is `event["name"]`.

```python {starter} lambda_function.py
def lambda_handler(event, context):
    return {"statusCode": 200}
```

```{hint}
The event is a dict: read `event["name"]`.
```

```{hint}
Return `{"message": "hello, " + event["name"]}`.
```

<details><summary>Solution</summary>

```python {solution} lambda_function.py
def lambda_handler(event, context):
    return {"message": "hello, " + event["name"]}
```

</details>

```{setup}
aws lambda update-function-code --function-name hello --zip-file fileb://lambda_function.py
```

```python {check} greets Ana
result = lab.invoke("hello", {"name": "Ana"})
assert result.payload == {"message": "hello, Ana"}, "expected a greeting for Ana, got " + repr(result.payload)
```

```python {check}
assert lab.last_invocation("hello").status == "Success", "the invoke should succeed"
```

### Exercise: Set the memory {#memory}

Give the function 512 MB of memory.

```{hint}
`aws lambda update-function-configuration --memory-size`
```

```{solution-run}
aws lambda update-function-configuration --function-name hello --memory-size 512
```

```python {check} memory is 512 MB
assert lab.function("hello").memory_size == 512, "set the memory to 512 MB"
```
"""#),
    ("course/02-environment.md", #"""
---
id: 02-environment
title: The execution environment
summary: Cold and warm starts.
minutes: 15
prerequisites: [01-hello]
---

## Cold and warm

Globals survive between invokes in the same environment.

### Exercise: Count invocations {#counter}

Keep a counter in a global.

```python {starter} lambda_function.py from=02-environment/starter.py
```

```{hint}
A global defined at module level keeps its value while the environment stays warm.
```

```python {solution} lambda_function.py from=02-environment/solution.py
```

```python {check} the second invoke sees 2
lab.invoke("counter", {})
second = lab.invoke("counter", {})
assert second.payload == 2, "the second invoke should return 2"
```
"""#),
    ("course/02-environment/solution.py", #"""
count = 0

def lambda_handler(event, context):
    global count
    count += 1
    return count
"""#),
    ("course/02-environment/starter.py", #"""
def lambda_handler(event, context):
    count = 0
    count += 1
    return count
"""#),
    ("course/README.md", #"""
This README is not a lesson; the course loader skips it.
"""#),
    ("junit.xsd", JUnitSchema.text),
]
