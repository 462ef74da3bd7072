import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C while a command runs: SIGINT sets a flag that long-running work polls.
///
/// While a line is being edited the terminal sends Ctrl-C as a key instead (see ``EditLineReader``),
/// so this flag only ever means "stop the running command", never "leave the program".
/// A signal handler cannot carry context, so the flag is process-wide; it is an atomic and
/// the handler does nothing but store into it, which is async-signal-safe.
public enum InterruptSignal {
    private static let flag = Atomic<Bool>(false)

    /// Routes SIGINT to the flag instead of terminating the process.
    public static func install() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.flag.store(true, ordering: .relaxed) }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptSignal.flag.store(true, ordering: .relaxed) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may start us with SIGINT blocked (a thread's mask is inherited across spawn); unblock it
        // here, on the main thread, so this thread and the ones it creates later (the interpreter's) receive it.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Whether Ctrl-C arrived since the last ``reset()``.
    public static var isRaised: Bool { flag.load(ordering: .relaxed) }

    /// Forgets an earlier Ctrl-C; called before each command runs.
    public static func reset() { flag.store(false, ordering: .relaxed) }

    /// Raises the flag as SIGINT would (for tests and for in-process cancellation).
    public static func raise() { flag.store(true, ordering: .relaxed) }
}
