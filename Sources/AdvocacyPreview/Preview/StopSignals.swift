import Foundation
import Glibc
import AdvocacyCore

/// Runs a clean stop of `advocacy serve` on every signal that would otherwise end the process:
/// SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGSTKFLT, SIGXCPU, SIGXFSZ,
/// SIGVTALRM, SIGPROF, SIGIO, SIGPWR and the real-time signals; and on SIGSEGV, SIGBUS, SIGFPE,
/// SIGILL, SIGTRAP, SIGABRT and SIGSYS when another process sends them (`kill -SEGV`). When the
/// program itself faults or aborts, those keep the action they had before (the Swift runtime's
/// backtrace, then the end of the process). SIGPIPE is ignored: a terminal or client that went
/// away is no reason to stop. SIGKILL and SIGSTOP cannot be handled.
///
/// The handler only writes the signal's number to a pipe (all a signal handler may safely do); a
/// thread of its own reads it and runs the stop.
enum StopSignals {
    /// The signals whose default action ends the process and that nothing but a stop request sends.
    static var requests: [Int32] {
        [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM,
         SIGPROF, SIGIO, SIGPWR] + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    }

    /// The signals the kernel sends for a fault of the program itself, and abort's.
    static let faults = [SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS]

    /// Calls `stop` with the signal's number, on a thread of its own, when one of the signals comes;
    /// `stop` is expected to end the process. Until `restore` is called.
    package static func handle(_ stop: @escaping @Sendable (Int32) -> Void) -> Handling {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return Handling(previous: [:]) }
        let (reading, writing) = (ends[0], ends[1])
        _ = fcntl(reading, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writing, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writing, F_SETFL, O_NONBLOCK)
        stopPipe = writing
        let reader = Thread {
            var number: UInt8 = 0
            while read(reading, &number, 1) != 1 {
                guard errno == EINTR else { return }
            }
            stop(Int32(number))
        }
        reader.name = "advocacy.serve.signals"
        reader.start()
        signal(SIGPIPE, SIG_IGN)
        var previous: [Int32: sigaction] = [:]
        for number in requests + faults {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = forward
            // On the alternate stack where there is one, as the runtime's handler was, for a stack overflow.
            action.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            if sigaction(number, &action, &old) == 0 {
                previous[number] = old
                if faults.contains(number) { faultActions[Int(number)] = old }
            }
        }
        return Handling(previous: previous)
    }

    /// The signals' actions before `handle`.
    struct Handling {
        fileprivate let previous: [Int32: sigaction]

        /// Gives the signals their actions back.
        func restore() {
            for (number, action) in previous {
                var action = action
                sigaction(number, &action, nil)
            }
        }
    }
}

/// Where the handler writes; set before any handler is installed.
nonisolated(unsafe) private var stopPipe: Int32 = -1
/// The actions the fault signals had before, for a fault of the program itself.
nonisolated(unsafe) private let faultActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// The signal handler: a signal sent by another process asks for a stop; a fault of the program
/// itself gets its earlier action back, which the faulting instruction (or abort) then meets again.
private func forward(_ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _: UnsafeMutableRawPointer?) {
    let fault = switch number {
    case SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS: true
    default: false
    }
    if fault, let info, info.pointee.si_code > 0 || info.pointee._sifields._kill.si_pid == getpid() {
        sigaction(number, faultActions + Int(number), nil)
        return
    }
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(stopPipe, &byte, 1)
}
