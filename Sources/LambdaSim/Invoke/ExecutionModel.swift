// The deterministic time and memory model of an invocation (README: "Time, memory and cost").
//
//   CPU share       = min(1, memory MB / 1,769)                      (1,769 MB buys one vCPU)
//   ns per step     = costPerStepAtOneVCPU ÷ CPU share                (rounded down to whole ns)
//   INIT            = runtimeBootFixed + runtimeBootCPU ÷ share + top-level steps × ns per step + sleeps
//   Duration        = invokeOverheadFixed + invokeOverheadCPU ÷ share + handler steps × ns per step + sleeps
//   Billed Duration = ceil(Duration + INIT) ms (INIT only on cold starts)
//   Max Memory Used = runtimeBaselineMB + ceil(interpreter allocation high-water ÷ 1 MiB)
//
// With these constants a hello world at 128 MB shows Init Duration ≈ 116 ms, Duration ≈ 1.2 ms and about 37 MB
// used, as a real python3.12 function does; at 1,769 MB and above, CPU-bound code runs 13.8 times faster.

/// The constants of the invocation model. Every figure is in microseconds unless it says otherwise.
public enum ExecutionModel {
    /// Memory that buys one full vCPU (AWS: "at 1,769 MB, a function has the equivalent of one vCPU").
    public static let megabytesPerVCPU = 1_769
    /// Virtual time of one interpreter step (a statement or loop iteration) on one full vCPU: 100 ns, about
    /// what CPython needs for a few bytecodes.
    public static let costPerStepAtOneVCPUNanoseconds = 100
    /// The part of the runtime's start (process, interpreter, runtime client) that does not depend on CPU: 75 ms.
    public static let runtimeBootFixedMicroseconds: Int64 = 75_000
    /// The CPU-bound part of the runtime's start at one vCPU (scaled by the CPU share): 3 ms, so 41.5 ms at 128 MB.
    public static let runtimeBootCPUMicroseconds: Int64 = 3_000
    /// Fixed cost of every invocation (runtime API round trips, event and response transfer): 0.8 ms.
    public static let invokeOverheadFixedMicroseconds: Int64 = 800
    /// CPU-bound cost of every invocation at one vCPU (JSON decoding and encoding, the context): 30 µs, 0.41 ms at 128 MB.
    public static let invokeOverheadCPUMicroseconds: Int64 = 30
    /// Memory the runtime uses before the function allocates anything (the Python process and runtime client): 36 MB.
    public static let runtimeBaselineMB = 36
    /// INIT must finish within 10 s on demand (facts §2.1).
    public static let initTimeLimitMicroseconds: Int64 = 10_000_000
    /// The runtime version INIT_START reports, by runtime.
    public static func runtimeVersion(_ runtime: Runtime) -> String {
        "\(runtime.rawValue.replacingOccurrences(of: "python", with: "python:")).v1"
    }

    // MARK: Modelled SDK call latency (README: "Modelled SDK call latency")
    //
    // Every boto3 call a handler makes waits this long on the simulated clock: the wait counts in the invocation's
    // Duration and moves the clock the handler sees (time.time(), get_remaining_time_in_millis()). The figures do
    // not depend on memory (a network round trip does not get faster with more CPU) and are the same for a call that
    // fails in the service (AccessDenied, NoSuchKey); a call botocore refuses before sending it costs nothing.
    //
    // Sources: the S3 performance guidelines say small requests (under 512 KB) see median latencies "in the tens of
    // milliseconds" (docs.aws.amazon.com/whitepapers/latest/s3-optimizing-performance-best-practices/
    // timeouts-and-retries-for-latency-sensitive-applications.html); DynamoDB promises "single-digit millisecond
    // performance at any scale" (DynamoDB Developer Guide, "Characteristics"). Every exact figure below, the
    // per-KB transfer rate, STS and the Lambda API overheads are our own choices within those ranges.

    /// S3 `GetObject`: 20 ms to the first byte (the guidelines' "tens of milliseconds").
    public static let s3GetObjectMicroseconds: Int64 = 20_000
    /// S3 `PutObject`: 25 ms (a write is stored redundantly before S3 answers). Our figure.
    public static let s3PutObjectMicroseconds: Int64 = 25_000
    /// S3 `HeadObject` and `DeleteObject`: 15 ms (no body moves). Our figure.
    public static let s3MetadataCallMicroseconds: Int64 = 15_000
    /// S3 `CopyObject`: 30 ms (S3 copies server-side). Our figure.
    public static let s3CopyObjectMicroseconds: Int64 = 30_000
    /// S3 `ListObjectsV2` and `ListObjects`: 25 ms per page. Our figure.
    public static let s3ListObjectsMicroseconds: Int64 = 25_000
    /// Moving the body of a `GetObject` or `PutObject`: 10 µs per KiB started (about 100 MB/s). Our figure.
    public static let s3TransferMicrosecondsPerKiB: Int64 = 10
    /// DynamoDB `GetItem`: 4 ms ("single-digit millisecond").
    public static let dynamoDBReadMicroseconds: Int64 = 4_000
    /// DynamoDB `PutItem`, `UpdateItem`, `DeleteItem`: 6 ms (a write is acknowledged by two of three replicas).
    public static let dynamoDBWriteMicroseconds: Int64 = 6_000
    /// DynamoDB `Query` and `Scan`: 8 ms per page. Our figure.
    public static let dynamoDBQueryMicroseconds: Int64 = 8_000
    /// DynamoDB `DescribeTable` (a control-plane read, what a Table resource's attributes load with): 10 ms. Our figure.
    public static let dynamoDBDescribeTableMicroseconds: Int64 = 10_000
    /// STS `GetCallerIdentity`: 10 ms. Our figure.
    public static let stsCallMicroseconds: Int64 = 10_000
    /// Lambda `Invoke`: 12 ms on top of the invoked function's INIT (on a cold start) and Duration: the front end,
    /// authorization and the placement of the request on an environment. Our figure.
    public static let lambdaInvokeOverheadMicroseconds: Int64 = 12_000
    /// Lambda `GetFunctionConfiguration` (a control-plane read): 15 ms. Our figure.
    public static let lambdaControlPlaneMicroseconds: Int64 = 15_000

    /// The modelled latency of one SDK call (the callee's time of a Lambda `Invoke` is added by the caller), given
    /// the bytes of the request and response bodies. Zero for an operation that is not simulated.
    public static func sdkCallMicroseconds(service: String, operation: String, requestBytes: Int = 0, responseBytes: Int = 0) -> Int64 {
        let kibibytes = { (bytes: Int) -> Int64 in Int64((bytes + 1023) / 1024) }
        switch (service, operation) {
        case ("s3", "GetObject"): return s3GetObjectMicroseconds + kibibytes(responseBytes) * s3TransferMicrosecondsPerKiB
        case ("s3", "PutObject"): return s3PutObjectMicroseconds + kibibytes(requestBytes) * s3TransferMicrosecondsPerKiB
        case ("s3", "HeadObject"), ("s3", "DeleteObject"): return s3MetadataCallMicroseconds
        case ("s3", "CopyObject"): return s3CopyObjectMicroseconds
        case ("s3", "ListObjectsV2"), ("s3", "ListObjects"): return s3ListObjectsMicroseconds
        case ("dynamodb", "GetItem"): return dynamoDBReadMicroseconds
        case ("dynamodb", "PutItem"), ("dynamodb", "UpdateItem"), ("dynamodb", "DeleteItem"): return dynamoDBWriteMicroseconds
        case ("dynamodb", "Query"), ("dynamodb", "Scan"): return dynamoDBQueryMicroseconds
        case ("dynamodb", "DescribeTable"): return dynamoDBDescribeTableMicroseconds
        case ("sts", "GetCallerIdentity"): return stsCallMicroseconds
        case ("lambda", "Invoke"): return lambdaInvokeOverheadMicroseconds
        case ("lambda", "GetFunctionConfiguration"): return lambdaControlPlaneMicroseconds
        default: return 0
        }
    }

    /// The share of a vCPU that `memoryMB` buys, as a fraction (numerator, denominator) capped at 1.
    static func cpuShare(memoryMB: Int) -> (numerator: Int64, denominator: Int64) {
        (Int64(min(memoryMB, megabytesPerVCPU)), Int64(megabytesPerVCPU))
    }

    /// `microseconds` of one-vCPU work stretched by the CPU share `memoryMB` buys.
    static func scaled(_ microseconds: Int64, memoryMB: Int) -> Int64 {
        let share = cpuShare(memoryMB: memoryMB)
        return microseconds * share.denominator / share.numerator
    }

    /// Virtual nanoseconds one step takes at `memoryMB`.
    static func nanosecondsPerStep(memoryMB: Int) -> Int {
        let share = cpuShare(memoryMB: memoryMB)
        return Int(Int64(costPerStepAtOneVCPUNanoseconds) * share.denominator / share.numerator)
    }

    /// INIT's runtime boot at `memoryMB`.
    static func runtimeBoot(memoryMB: Int) -> Int64 {
        runtimeBootFixedMicroseconds + scaled(runtimeBootCPUMicroseconds, memoryMB: memoryMB)
    }

    /// Every invocation's overhead at `memoryMB`.
    static func invokeOverhead(memoryMB: Int) -> Int64 {
        invokeOverheadFixedMicroseconds + scaled(invokeOverheadCPUMicroseconds, memoryMB: memoryMB)
    }

    /// Microseconds `steps` take plus `sleptSeconds`.
    static func work(steps: Int, nanosecondsPerStep: Int, sleptSeconds: Double) -> Int64 {
        Int64(steps) * Int64(nanosecondsPerStep) / 1000 + Int64((sleptSeconds * 1_000_000).rounded())
    }

    /// Max Memory Used for an interpreter whose allocations peaked at `highWaterBytes`.
    static func memoryUsedMB(highWaterBytes: Int, memorySizeMB: Int) -> Int {
        min(memorySizeMB, runtimeBaselineMB + (highWaterBytes + 1_048_575) / 1_048_576)
    }

    /// Bytes the function's Python may allocate before it runs out of memory.
    static func interpreterMemoryLimit(memorySizeMB: Int) -> Int {
        max(memorySizeMB - runtimeBaselineMB, 1) * 1_048_576
    }
}
