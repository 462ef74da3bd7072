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
