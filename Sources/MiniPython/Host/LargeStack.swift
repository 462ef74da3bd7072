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

/// Marks the threads `runOnLargeStack` started: the value is the thread's stack floor and size, so that a call
/// made on such a thread runs inline instead of starting another thread.
private let largeStackFloorKey: pthread_key_t = makeThreadKey()
private let largeStackSizeKey: pthread_key_t = makeThreadKey()

private func makeThreadKey() -> pthread_key_t {
    var key = pthread_key_t()
    let rc = pthread_key_create(&key, nil)
    precondition(rc == 0, "could not create a thread-specific key")
    return key
}

/// The current thread's stack floor when it is an interpreter thread with at least `stackSize` bytes of stack.
private func currentLargeStackFloor(atLeast stackSize: Int) -> UInt? {
    guard let floor = pthread_getspecific(largeStackFloorKey), let size = pthread_getspecific(largeStackSizeKey),
          Int(bitPattern: size) >= stackSize else { return nil }
    return UInt(bitPattern: floor)
}

/// Runs `body` on an interpreter thread (a thread with a large stack) and returns its result. Interpreter calls
/// made inside `body` run inline on that thread instead of starting one thread each, so a host that makes many
/// calls (e.g. one warm invoke after another) wraps them in one `withInterpreterStack`. Nested uses run inline.
public func withInterpreterStack<T>(_ body: () -> T) -> T {
    runOnLargeStack { _ in body() }
}

/// Runs `body` on a thread with a `stackSize`-byte stack and waits for it: inline when the current thread already
/// is such a thread, else on a new one. `body` receives the lowest stack address it may safely use (RecursionError
/// is raised before going below it).
package func runOnLargeStack<T>(stackSize: Int = interpreterStackSize, _ body: (UInt) -> T) -> T {
    if let floor = currentLargeStackFloor(atLeast: stackSize) { return body(floor) }
    return withoutActuallyEscaping(body) { escapable in
        var result: T? = nil
        withUnsafeMutablePointer(to: &result) { resultPointer in
            let out = UnsafeMutableRawPointer(resultPointer)
            let job = ThreadJob {
                var marker: UInt8 = 0
                let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
                let floor = top - UInt(stackSize) + 4 * 1024 * 1024
                pthread_setspecific(largeStackFloorKey, UnsafeRawPointer(bitPattern: floor))
                pthread_setspecific(largeStackSizeKey, UnsafeRawPointer(bitPattern: stackSize))
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
