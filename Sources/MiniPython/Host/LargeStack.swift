// Running the interpreter on a thread with a large stack, so deep Python recursion never overflows the host's.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work handed to the interpreter thread. It is only touched by the worker while the caller is blocked in
/// `pthread_join`, and by the caller after the join returns, so accesses never overlap.
private final class ThreadJob: @unchecked Sendable {
    let work: () -> Void
    init(_ w: @escaping () -> Void) { work = w }
}

package let interpreterStackSize = 512 * 1024 * 1024

/// Runs `body` on a new thread with a `stackSize`-byte stack and waits for it. `body` receives the lowest
/// stack address it may safely use (RecursionError is raised before going below it).
package func runOnLargeStack<T>(stackSize: Int = interpreterStackSize, _ body: (UInt) -> T) -> T {
    withoutActuallyEscaping(body) { escapable in
        var result: T? = nil
        withUnsafeMutablePointer(to: &result) { resultPointer in
            let out = UnsafeMutableRawPointer(resultPointer)
            let job = ThreadJob {
                var marker: UInt8 = 0
                let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
                let floor = top - UInt(stackSize) + 4 * 1024 * 1024
                out.assumingMemoryBound(to: T?.self).pointee = escapable(floor)
            }
            var attr = pthread_attr_t()
            pthread_attr_init(&attr)
            pthread_attr_setstacksize(&attr, stackSize)
            let context = Unmanaged.passRetained(job).toOpaque()
            #if canImport(Glibc)
            var thread = pthread_t()
            let rc = pthread_create(&thread, &attr, { arg in
                let job = Unmanaged<ThreadJob>.fromOpaque(arg!).takeRetainedValue()
                job.work()
                return nil
            }, context)
            precondition(rc == 0, "could not start the interpreter thread")
            pthread_join(thread, nil)
            #else
            var thread: pthread_t? = nil
            let rc = pthread_create(&thread, &attr, { arg in
                let job = Unmanaged<ThreadJob>.fromOpaque(arg).takeRetainedValue()
                job.work()
                return nil
            }, context)
            precondition(rc == 0, "could not start the interpreter thread")
            pthread_join(thread!, nil)
            #endif
            pthread_attr_destroy(&attr)
        }
        return result!
    }
}
