// Collects program output in memory (for runProgram and tests).
import Synchronization

/// Thread-safe buffers for stdout and stderr.
public final class OutputCollector: Sendable {
    private let buffers = Mutex<(String, String)>(("", ""))
    public init() {}
    public var stdout: String { buffers.withLock { $0.0 } }
    public var stderr: String { buffers.withLock { $0.1 } }
    public func appendOutput(_ s: String) { buffers.withLock { $0.0 += s } }
    public func appendError(_ s: String) { buffers.withLock { $0.1 += s } }
    /// A sink writing into these buffers.
    public var sink: OutputSink {
        OutputSink(stdout: { [self] s in appendOutput(s) }, stderr: { [self] s in appendError(s) })
    }
}
